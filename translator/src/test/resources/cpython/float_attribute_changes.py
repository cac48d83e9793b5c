"""Float attributes that later hold other values, are deleted, or are seen through __dict__, vars and copies."""
from dataclasses import dataclass, asdict, replace


class Particle:
    def __init__(self, x: float, v: float) -> None:
        self.x = x
        self.v = v
        self.tag = "p"

    def step(self, dt: float) -> None:
        self.x += self.v * dt


def drift(ps: list[Particle], steps: int) -> float:
    total = 0.0
    for k in range(steps):
        for p in ps:
            p.x += p.v * 0.5
            total += p.x - p.v
        if k == steps // 2:
            # mid-loop: one particle's float attributes become an int, a str-bearing value and None
            ps[1].v = 2
            ps[2].x = 10
    return total


ps = [Particle(float(i), 0.25 * i) for i in range(4)]
print(drift(ps, 10))
print([(p.x, p.v) for p in ps])
print([type(p.x).__name__ + "/" + type(p.v).__name__ for p in ps])

a = Particle(1.5, -0.0)
print(a.__dict__, vars(a), list(a.__dict__))
print(a.x is a.x, id(a.v) == id(a.v), a.v, str(a.v))
a.x = "now a string"
print(a.__dict__)
a.x = 3.25
print(a.x + 1, a.__dict__)
a.v = None
print(a.v is None, a.__dict__)
del a.x
print(a.__dict__, hasattr(a, "x"))
a.x = float("nan")
print(a.x != a.x, a.__dict__)
a.x = float("inf")
a.v = 0.5
a.step(1.0)
print(a.x)

b = Particle(2.0, 0.5)
setattr(b, "v", 1.0e300)
print(getattr(b, "v") * 10, b.v * 1e10)
delattr(b, "tag")
b.tag = 7.5
print(b.__dict__)
setattr(b, "x", "via setattr")
print(b.x, b.__dict__)
setattr(b, "w", 0.125)
print(b.w * 2, list(vars(b)), vars(b)["w"])
del b.v
print(b.__dict__, hasattr(b, "v"))

c = Particle(4.0, 8.0)
d = Particle(0.0, 0.0)
for key, value in vars(c).items():
    setattr(d, key, value)
d.x += 1.0
e = Particle("", "")
for key, value in d.__dict__.items():
    setattr(e, key, value)
e.v = "copied"
print(c.__dict__, d.__dict__, e.__dict__)

# many instances created with a float, then generalized to an int: later instances agree with CPython
qs = []
for i in range(6):
    q = Particle(i * 1.0, 1.0)
    if i % 2:
        q.v = i
    qs.append(q)
for q in qs:
    q.step(2.0)
print([(q.x, q.v) for q in qs])
print(sum(q.x for q in qs))


@dataclass
class Point:
    x: float
    y: float
    label: str = ""


pt = Point(1.0, 2.5)
pt.x *= 3
print(pt, asdict(pt))
pt2 = replace(pt, y=-1.0)
print(pt2, pt2 == Point(3.0, -1.0), pt == pt2)
pt2.y = "y"
print(pt2, asdict(pt2))


class Velocity(Particle):
    def step(self, dt: float) -> None:
        self.x -= self.v * dt


movers = [Particle(0.0, 1.0), Velocity(0.0, 1.0), Particle(0.5, 2.0)]
for _ in range(3):
    for m in movers:
        m.step(0.5)
print([m.x for m in movers])

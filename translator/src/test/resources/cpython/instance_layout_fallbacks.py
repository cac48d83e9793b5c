"""Float and int attributes read and written at the slots of the layout a class's __init__ gives its instances,
and every way an instance can leave that layout: a subclass, other orders, deletions, values of other types set
through setattr(), a property or __setattr__ added to the class, methods set on an instance, big ints."""


class Particle:
    def __init__(self, x: float, v: float, hits: int) -> None:
        self.x = x
        self.v = v
        self.hits = hits
        self.label = "p"

    def energy(self) -> float:
        return 0.5 * self.v * self.v


class Tagged(Particle):
    pass


def step(ps: list, dt: float) -> float:
    total = 0.0
    for a in ps:
        a.x += a.v * dt
        a.v -= a.x * dt
        a.hits += 1
        a.hits = (a.hits * 3 + 1) % 1000003
        total += a.x * a.v
    return total


def spread(ps: list) -> float:
    s = 0.0
    for i in range(len(ps)):
        a = ps[i]
        for j in range(i + 1, len(ps)):
            b = ps[j]
            d = a.x - b.x
            s += d * d
    return s


def run(ps: list, rounds: int) -> None:
    for _ in range(rounds):
        t = step(ps, 0.125)
    print(f"{t:.6f} {spread(ps):.6f}", [p.hits for p in ps])


def build() -> list:
    return [Particle(float(k), 1.0 - k / 4, k) for k in range(4)]


ps = build()
run(ps, 50)

# a subclass instance, and one whose attributes were added in another order
ps.append(Tagged(0.5, 0.25, 1))
odd = Particle.__new__(Particle)
odd.hits = 2
odd.v = 0.75
odd.x = 1.5
odd.label = "odd"
ps.append(odd)
run(ps, 50)

# an attribute deleted and added back moves to the end
del ps[1].v
ps[1].v = 0.5
run(ps, 10)

# a float attribute given an int, then a str, through a path the translator cannot see
setattr(ps[0], "x", 3)
run(ps, 3)
print(type(ps[0].x).__name__)
setattr(ps[2], "v", "fast")
try:
    run(ps, 1)
except TypeError as e:
    print("TypeError:", e)
setattr(ps[2], "v", 0.5)
run(ps, 2)

# a property on the class outranks the instance's value; removing it brings the value back
setattr(Particle, "x", property(lambda self: 2.0))
print(spread(ps[:4]), ps[0].x)
del Particle.x
print(f"{spread(ps[:4]):.6f}")

# __setattr__ on the class sees every store
log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Particle.__setattr__ = logging_setattr
run(ps[:3], 2)
print(len(log), sorted(set(log)))
del Particle.__setattr__

# a method set on an instance adds a name; one replaced on the class is found
ps[3].energy = lambda: -1.0
Particle.energy = lambda self: 99.0
run(ps, 2)
print([p.energy() for p in ps])

# an int attribute past 64 bits
big = Particle(1.0, 2.0, 2 ** 62)
big.hits += 2 ** 62
print(big.hits)
big.hits = 5
run([big], 3)
print(big.hits, vars(big))


# a subclass calling the base's __init__ first extends the base's layout
class Counter(Particle):
    def __init__(self, x: float, step: int) -> None:
        super().__init__(x, 0.5, 0)
        self.count = 0
        self.step = step


def tick(cs: list, times: int) -> None:
    for _ in range(times):
        for c in cs:
            c.count += 1
            c.count += c.step
            c.hits += 1
            c.x += 0.25


cs = [Counter(1.0, 2), Counter(2.0, 3), Particle(0.0, 0.0, 0)]
cs[2].count = 10
cs[2].step = 1
tick(cs, 5)
print([(c.count, c.hits, c.x) for c in cs])
cs[0].step = 2 ** 63 - 7
tick(cs, 1)
print([(c.count, c.hits) for c in cs])
setattr(cs[1], "count", 1.5)
tick(cs, 2)
print([(c.count, c.hits) for c in cs], type(cs[0]).__name__)

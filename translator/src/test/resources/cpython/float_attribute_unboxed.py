"""Float attributes read and written unboxed by typed code, and every way the slot can hold something else."""
import math


class Body:
    def __init__(self, x: float, v: float, mass: float) -> None:
        self.x = x
        self.v = v
        self.mass = mass


class Heavy(Body):
    """The same attribute name as a property: the site must not read or write a slot for it."""

    @property
    def mass(self):
        return 100.0

    @mass.setter
    def mass(self, value):
        print("setting mass", value)


class Tagged(Body):
    kind = "tagged"


def advance(bodies: list[Body], dt: float, steps: int) -> float:
    total = 0.0
    for step in range(steps):
        for i in range(len(bodies)):
            a = bodies[i]
            for j in range(i + 1, len(bodies)):
                b = bodies[j]
                dx = a.x - b.x
                d2 = dx * dx + 0.01
                mag = dt / (d2 * math.sqrt(d2))
                a.v -= dx * b.mass * mag
                b.v += dx * a.mass * mag
        for b in bodies:
            b.x += dt * b.v
            total += b.x
        if step == 3:
            # mid-loop: a float attribute becomes an int, then a str, then a float again (through setattr, so
            # that the attributes are still hinted as floats everywhere)
            setattr(bodies[1], "v", 2)
        if step == 5:
            setattr(bodies[2], "x", int(bodies[2].x))
        if step == 7:
            setattr(bodies[0], "mass", True)
    return total


def show(bodies: list[Body]) -> None:
    for b in bodies:
        print(type(b).__name__, repr(b.x), repr(b.v), repr(b.mass),
              type(b.x).__name__, type(b.v).__name__, type(b.mass).__name__)


bodies = [Body(0.0, 0.0, 1.0), Body(1.0, 0.5, 0.25), Body(-2.0, -0.0, 0.5), Tagged(3.0, 0.125, 0.75)]
print(f"{advance(bodies, 0.01, 10):.9f}")
show(bodies)

# an int where the code expects a float, from the start
ints = [Body(1, 2, 3), Body(4.0, 5, 6.0)]
print(advance(ints, 0.5, 2))
show(ints)

# a property of the same name in a subclass, mixed with plain instances at the same sites
mixed = [Body(0.5, 0.0, 2.0), Heavy(1.5, 0.0, 2.0), Body(2.5, 0.0, 2.0)]
print(f"{advance(mixed, 0.001, 3):.9f}")
show(mixed)

# NaN and the zeros keep their bits through unboxed reads and writes
special = [Body(float("nan"), -0.0, 1.0), Body(0.0, 0.0, -0.0), Body(float("inf"), 1.0, 1.0)]
print(advance(special, 0.5, 1))
show(special)
print(math.copysign(1.0, special[1].mass), math.copysign(1.0, special[0].v))
zeros = [Body(-0.0, -0.0, -0.0)]
print(advance(zeros, 0.5, 2), zeros[0].x, zeros[0].v, math.copysign(1.0, zeros[0].x))


def drift(b: Body, n: int) -> None:
    for k in range(n):
        b.x += b.v
        if k == 2:
            setattr(b, "v", "str")
            try:
                b.x += b.v
            except TypeError as e:
                print("TypeError:", e)
            b.v = 0.25


d = Body(1.0, 0.5, 1.0)
drift(d, 6)
print(d.x, d.v)
setattr(d, "v", 10**20)
drift(d, 1)
print(d.x, d.v)


def settle(bodies: list[Body], dt: float, rounds: int) -> None:
    # plain assignments of floats: typed values and values computed from hinted attributes
    for r in range(rounds):
        for b in bodies:
            b.x = b.x + dt * b.v
            b.v = dt * r
        if r == 1:
            setattr(bodies[0], "x", "x")
            setattr(bodies[1], "v", None)


settled = [Body(1.0, 2.0, 3.0), Body(-1.0, 0.5, 1.0), Heavy(0.0, 0.25, 1.0)]
try:
    settle(settled, 0.5, 3)
except TypeError as e:
    print("TypeError:", e)
show(settled)
setattr(settled[0], "x", 2.0)
setattr(settled[1], "v", -0.0)
settle(settled, 0.25, 1)
show(settled)

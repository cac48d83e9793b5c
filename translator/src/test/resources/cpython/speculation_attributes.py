"""Attributes hinted to be floats or ints by every assignment in the module, read where they hold something else
(setattr is not an assignment the hints see)."""


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
        self.hits = 0

    def hit(self) -> None:
        self.hits += 1


class Tracked:
    """A class whose x is a property: the instance dictionary never decides what p.x is."""

    def __init__(self) -> None:
        self.y = 2.0
        self.hits = 0

    @property
    def x(self):
        print("property x read")
        return 10.0


class Lazy:
    def __getattr__(self, name):
        print("computing", name)
        return 0.5


def distance2(a, b) -> float:
    dx = a.x - b.x
    dy = a.y - b.y
    d = dx * dx + dy * dy
    if d > 100.0:
        d = 100.0
    return d


def drift(points, dt: float) -> None:
    for p in points:
        p.x += dt * p.y


def total_hits(points) -> int:
    total = 0
    for p in points:
        total = total + p.hits
    return total


p = Point(0.0, 0.0)
q = Point(3.0, 4.0)
print(distance2(p, q))
print(distance2(Point(1, 2), Point(4, 6)))
print(distance2(Point(0.0, 0.0), Point(30.0, 40.0)))
setattr(q, "x", "3")
try:
    print(distance2(p, q))
except TypeError as e:
    print("TypeError:", e)
q.x = 3.0
setattr(q, "y", None)
try:
    print(distance2(p, q))
except TypeError as e:
    print("TypeError:", e)
print(distance2(p, Tracked()))
print(distance2(p, Lazy()))
try:
    distance2(p, object())
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    distance2(p, Point(1.0, 1.0))
except AttributeError as e:
    print("AttributeError:", e)

points = [Point(0.0, 0.0) for _ in range(3)]
for k, pt in enumerate(points):
    for _ in range(k + 1):
        pt.hit()
print(total_hits(points))
setattr(points[0], "hits", 2 ** 63 - 1)
print(total_hits(points))
setattr(points[1], "hits", True)
points[0].hits = 1
print(total_hits(points))
points.append(Tracked())
print(total_hits(points))

walkers = [Point(0.0, 1.0), Point(1.0, 2)]
drift(walkers, 0.5)
print([w.x for w in walkers])
setattr(walkers[1], "y", "up")
try:
    drift(walkers, 0.5)
except TypeError as e:
    print("TypeError:", e)
print([w.x for w in walkers])
try:
    drift([Point(0.0, 1.0), Tracked()], 2.0)
except AttributeError as e:
    print("AttributeError:", e)

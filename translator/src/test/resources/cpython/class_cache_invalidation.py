"""Attribute and method lookups repeated at one place see every later change to the class or its bases."""


class Base:
    label = "base"

    def greet(self):
        return "hello from Base"

    def size(self):
        return 1


class Middle(Base):
    pass


class Leaf(Middle):
    def size(self):
        return 3


def describe(obj):
    # the same attribute reads and method calls, run again after each change below
    return f"{obj.label} | {obj.greet()} | {obj.size()}"


leaf = Leaf()
base = Base()
for _ in range(3):
    print(describe(leaf), "/", describe(base))

Base.label = "relabelled"
print(describe(leaf), "/", describe(base))

Middle.label = "middle"
print(describe(leaf), "/", describe(base))


def loud(self):
    return "HELLO FROM " + type(self).__name__


Base.greet = loud
print(describe(leaf), "/", describe(base))

Middle.greet = lambda self: "middle greets " + self.label
print(describe(leaf), "/", describe(base))

del Middle.greet
del Middle.label
print(describe(leaf), "/", describe(base))

Leaf.size = lambda self: 30
print(describe(leaf), "/", describe(base))
del Leaf.size
print(describe(leaf), "/", describe(base))


class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return Counter.count


c = Counter()
total = 0
for _ in range(5):
    total += c.bump()
print("count", Counter.count, "total", total, "seen from instance", c.count)


def make_point(x, y):
    return Point(x, y)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


points = [make_point(i, -i) for i in range(4)]
print([p.norm1() for p in points])


def init3(self, x, y, z=0):
    self.x, self.y, self.z = x, y, z


Point.__init__ = init3
p = make_point(1, 2)
print(p.x, p.y, p.z, p.norm1())
Point = Counter
print(type(Point()).__name__)
try:
    make_point(1, 2)
except TypeError as e:
    print("TypeError:", e)

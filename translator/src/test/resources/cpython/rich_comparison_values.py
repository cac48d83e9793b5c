"""Rich comparisons are worth what the class's method returns; only truth tests convert it to a bool."""
from dataclasses import dataclass
from functools import total_ordering


class Vec:
    """numpy-style: comparisons give a vector of results."""

    def __init__(self, *xs):
        self.xs = list(xs)

    def _map(self, other, f):
        ys = other.xs if isinstance(other, Vec) else [other] * len(self.xs)
        return Vec(*[f(a, b) for a, b in zip(self.xs, ys)])

    def __eq__(self, other):
        return self._map(other, lambda a, b: a == b)

    def __lt__(self, other):
        return self._map(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._map(other, lambda a, b: a > b)

    def __bool__(self):
        return all(self.xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"


class Loud:
    def __init__(self, name, result):
        self.name = name
        self.result = result

    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other!r})")
        return self.result

    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other!r})")
        return self.result

    def __le__(self, other):
        print(f"  {self.name}.__le__({other!r})")
        return NotImplemented

    def __repr__(self):
        return self.name


class OnlyEq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("  OnlyEq.__eq__")
        if not isinstance(other, OnlyEq):
            return NotImplemented
        return "same" if self.tag == other.tag else ""


class Never:
    def __eq__(self, other):
        return NotImplemented

    def __ne__(self, other):
        return NotImplemented


class Base:
    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"


class Derived(Base):
    def __gt__(self, other):
        return "Derived.__gt__"


class NeOwn:
    def __eq__(self, other):
        return 1

    def __ne__(self, other):
        return "ne!"


class Counter:
    calls = 0

    def __init__(self, v):
        self.v = v

    def value(self):
        Counter.calls += 1
        return self

    def __repr__(self):
        return f"Counter({self.v})"


class Falsy:
    """Never equal, not even to itself."""

    def __eq__(self, other):
        print("  Falsy.__eq__")
        return []


class Box:
    def __contains__(self, item):
        return "non-empty"


@dataclass(order=True)
class Version:
    major: int
    minor: int


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


def show(label, value):
    print(label, repr(value), type(value).__name__)


print("-- value contexts")
v = Vec(1, 5, 3)
show("v == 3:", v == 3)
show("v < 4:", v < 4)
show("4 > v:", 4 > v)
show("v > Vec(0, 9, 3):", v > Vec(0, 9, 3))
results = [v == 5, v < 2]
print(results)
d = {"eq": v == 1}
print(d)
t = (v < 9,)
print(t)


def ret_cmp(a, b):
    return a < b


show("ret_cmp(v, 2):", ret_cmp(v, 2))
show("ret_cmp(1, 2):", ret_cmp(1, 2))
show("ret_cmp('a', 'b'):", ret_cmp("a", "b"))
show("lambda:", (lambda a: a > 0)(v))
print(f"{v < 3}")

print("-- truth contexts")
if v < 10:
    print("all below 10")
if not v < 3:
    print("not all below 3")
print("ternary:", "yes" if v == Vec(1, 5, 3) else "no")
print("filter:", [w for w in [Vec(1), Vec(5), Vec(2)] if w < 3])
n = 0
while Vec(n) < 3:
    n += 1
print("while stopped at", n)
assert v < 100
show("not:", not v == 2)
show("and:", v < 10 and v > 0)
show("or:", v < 2 or v > 4)
show("or first:", v < 10 or 99)

if 1 != NeOwn():
    print("1 != NeOwn() is true")
if Base() > Derived():
    print("Base() > Derived() is true")
f = Falsy()
if f == f:
    print("f == f")
else:
    print("f != f")
print("f == f:", f == f)
print("f in [f]:", f in [f])
show("'x' in Box():", "x" in Box())
show("'x' not in Box():", "x" not in Box())
if "x" in Box():
    print("in Box")

print("-- chains")
a = Loud("a", "ra")
b = Loud("b", "rb")
c = Loud("c", 0)
show("a < b < 5:", a < b < 5)
show("a < c < 5:", a < c < 5)
show("c < a < b:", c < a < b)
show("1 < 2 < a:", 1 < 2 < a)
show("1 < 0 < a:", 1 < 0 < a)
Counter.calls = 0
x = Counter(1)
show("chain middle once:", Loud("p", True) < x.value() < Loud("q", "last"))
print("value() calls:", Counter.calls)

print("-- reflected and NotImplemented")
show("5 < a:", 5 < a)
show("5 > a:", 5 > a)
try:
    show("a <= 1:", a <= 1)
except TypeError as e:
    print("TypeError:", e)
try:
    show("1 >= a:", 1 >= a)
except TypeError as e:
    print("TypeError:", e)
try:
    show("Never() < 1:", Never() < 1)
except TypeError as e:
    print("TypeError:", e)
e1, e2, e3 = OnlyEq(1), OnlyEq(1), OnlyEq(2)
show("e1 == e2:", e1 == e2)
show("e1 == e3:", e1 == e3)
show("e1 != e2:", e1 != e2)
show("e1 != e3:", e1 != e3)
show("e1 == 1:", e1 == 1)
show("e1 != 1:", e1 != 1)
show("e1 == e1:", e1 == e1)
nv = Never()
show("nv == nv:", nv == nv)
show("nv != nv:", nv != nv)
show("nv == Never():", nv == Never())
show("nv != Never():", nv != Never())
show("NeOwn() != 1:", NeOwn() != 1)
show("NeOwn() == 1:", NeOwn() == 1)
show("1 != NeOwn():", 1 != NeOwn())
show("Base() < Derived():", Base() < Derived())
show("Base() > Derived():", Base() > Derived())
show("Derived() < Base():", Derived() < Base())
show("Base() < Base():", Base() < Base())
show("v in [1, 2]:", v in [1, 2])
show("v is v:", v is v)
show("v is not v:", v is not v)
try:
    print(object() < object())
except TypeError as e:
    print("TypeError:", e)

print("-- sorted, min, max and library orders")
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs))
print(min(vs), max(vs))
show("Version(1, 2) < Version(1, 3):", Version(1, 2) < Version(1, 3))
show("Version(1, 2) == Version(1, 2):", Version(1, 2) == Version(1, 2))
show("Version(1, 2) != Version(1, 2):", Version(1, 2) != Version(1, 2))
ms = [Money(300), Money(100), Money(200)]
print(sorted(ms), min(ms), max(ms))
show("Money(1) >= Money(2):", Money(1) >= Money(2))
show("Money(1) <= Money(1):", Money(1) <= Money(1))
show("Money(1) != Money(2):", Money(1) != Money(2))
print(sorted([Loud("z", True), Loud("y", False)], key=lambda o: o.name))
print(sorted([3, 1, 2]), 1 < 2, "a" == "a", [1] == [1], (1, 2) < (1, 3))

# Details settled as a class is created: the MRO of single and multiple bases, the ABC metaclass inherited through
# a plain subclass, a dataclass's __match_args__ without its init=False fields, and str.format's numeric field
# names and item keys (digits, Unicode digits, keys that are not numbers).
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D(A):
    pass


class E(C, D):
    pass


for cls in (A, B, C, D, E):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])


class KeyLookupError(KeyError):
    pass


print([k.__name__ for k in KeyLookupError.__mro__])
try:
    raise KeyLookupError("k")
except LookupError as e:
    print("caught", type(e).__name__, e.args)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Polygon(Shape):
    pass


class Square(Polygon):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


print(type(Polygon).__name__, type(Square).__name__)
try:
    Polygon()
except TypeError as e:
    print("TypeError:", e)
print(Square(3).area())


@dataclass
class Item:
    name: str
    count: int = 0
    tags: list = field(default_factory=list, init=False)
    weight: float = field(default=1.0, init=False)
    note: str = ""


print(Item.__match_args__)
item = Item("bolt", 3, "steel")
print(item)
match item:
    case Item(n, c, t):
        print("matched", n, c, t)


@dataclass
class Hidden:
    secret: int = field(default=7, init=False)


print(Hidden.__match_args__, Hidden())

print("{0}-{1}-{0}".format("a", "b"))
print("{1[0]}{0[2]}".format("xyz", [5, 6]))
print("{0[10]}".format({10: "int key"}))
print("{0[x1]}".format({"x1": "str key"}))
try:
    print("{0[٣]}".format({"٣": "arabic-indic key"}))
except KeyError as e:
    print("KeyError:", repr(e.args[0]))
print("{0[٣]}".format({3: "a Unicode digit is an int key"}))
print("{0:,} {1:_} {2:,.2f}".format(1234567, 7654321, 9876.5))
print(format(float("inf"), ","), format(-1234.5, "012,.1f"))
try:
    print("{0}{}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print("{}{0}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)

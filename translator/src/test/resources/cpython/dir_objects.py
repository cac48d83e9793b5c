# dir(obj) on instances, classes, dataclasses, exceptions, enums and values of the built-in types: the sorted
# names CPython lists, inherited ones included.
from dataclasses import dataclass, field
from enum import Enum


class Base:
    """A documented base."""
    kind: str = "base"

    def __init__(self):
        self.y = 2

    def method(self):
        return self.y

    @property
    def prop(self):
        return 1

    @staticmethod
    def helper():
        return 0

    @classmethod
    def make(cls):
        return cls()


class Child(Base):
    extra = 3

    def __eq__(self, other):
        return True

    def __repr__(self):
        return "Child()"


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


@dataclass(frozen=True, order=True)
class Frozen:
    a: int


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Color(Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


class Listed:
    def __dir__(self):
        return {"zeta", "alpha", "mid"}


def public(names):
    return [n for n in names if not n.startswith("__")]


b = Base()
b.added = "later"
print(dir(b))
print(dir(Base))
del b.added
print(public(dir(b)), public(dir(Child())), public(dir(Child)))
print(dir(Child()) == dir(Child), sorted(set(dir(Child())) - set(dir(Child))))
Base.late = "class attribute added later"
print(public(dir(b)), "late" in dir(Child))
print(dir(Point(1)))
print(public(dir(Frozen)), [n for n in dir(Frozen(1)) if n in ("__lt__", "__hash__", "__setattr__")])
e = AppError(7)
print(dir(e))
print(public(dir(AppError)), public(dir(ValueError("v"))), dir(KeyError) == dir(LookupError))
print(dir(Color), dir(Color.RED), dir(Color.GREEN) == dir(Color.RED))
print(dir(Listed()))
for value in [0, 2.5, 3j, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), None, True, range(2)]:
    print(type(value).__name__, public(dir(value)))
print(dir(object()) == dir(object), len(dir(int)), len(dir(str)), dir(type) == dir(Base.__class__))
print(dir(int) == dir(7), dir(bool) == dir(True), set(dir(int)) < set(dir(bool)))
print([n for n in dir(1) if n not in dir(1.0)], [n for n in dir([]) if n not in dir(())])
try:
    dir(1, 2)
except TypeError as err:
    print("TypeError:", err)

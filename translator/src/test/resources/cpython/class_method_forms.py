"""Every form of method a class body can define, called directly, through instances and as values."""
import functools


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, len(args), sorted(kwargs))
        return fn(*args, **kwargs)
    return wrapper


class Outer:
    LIMIT = 3
    double = lambda self, x: 2 * x

    class Inner:
        def hello(self):
            return "inner hello"

    def __init__(self, items=None):
        self.items = list(items or [])

    def __iter__(self):
        for item in self.items:
            yield item

    def pairs(self):
        yield from zip(self.items, self.items[1:])

    def counter(self):
        count = 0

        def bump(step=1):
            nonlocal count
            count += step
            return count, len(self.items)
        return bump

    def limited(self, n=LIMIT):
        return self.items[:n]

    def spread(self, first, *rest, sep="-", **extra):
        return sep.join(str(x) for x in (first,) + rest) + str(sorted(extra.items()))

    def kwonly(self, *, flag):
        return "flag" if flag else "no flag"

    @staticmethod
    def nothing():
        return "static, no parameters"

    @classmethod
    def build(cls, *items):
        return cls(items)

    @traced
    def decorated(self, x, y=2):
        return x + y

    @property
    def size(self):
        return len(self.items)

    @size.setter
    def size(self, n):
        self.items = self.items[:n]

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Outer({self.items!r})"

    def __eq__(self, other):
        return isinstance(other, Outer) and self.items == other.items

    __hash__ = None

    def this(self):
        return "a method named like a Java keyword"

    def goto(self):
        return self.this() + " and another"


o = Outer.build(5, 6, 7, 8)
print(o, len(o), list(o), list(o.pairs()), o.size)
bump = o.counter()
print(bump(), bump(2), bump())
print(o.limited(), o.limited(1), Outer.limited(o, 2))
print(o.spread(1), o.spread(1, 2, 3, sep="+", z=1, a=2))
print(o.kwonly(flag=True), o.kwonly(flag=0))
try:
    o.kwonly(True)
except TypeError as e:
    print("TypeError:", e)
print(o.nothing(), Outer.nothing(), o.double(21), Outer.Inner().hello())
print(o.decorated(1), o.decorated(1, y=5), o.decorated.__name__)
o.size = 2
print(o, o == Outer([5, 6]), o == Outer([5]), o.this(), o.goto())
try:
    hash(o)
except TypeError as e:
    print("TypeError:", e)
m = o.limited
print(m(), m(1), type(m).__name__, m.__name__, m.__self__ is o)
f = Outer.spread
print(f(o, "a", "b"), Outer.__init__.__name__, Outer.Inner.hello.__qualname__)


class Outer:
    def hello(self):
        return "a second class of the same name"


print(Outer().hello(), o.limited())

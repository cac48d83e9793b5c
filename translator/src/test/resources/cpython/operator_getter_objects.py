"""operator's itemgetter, attrgetter and methodcaller objects: what they return, their type names and reprs, and
the messages that name them."""
import operator
from collections import namedtuple

Point = namedtuple("Point", "x y")


class Box:
    def __init__(self, inner, label):
        self.inner = inner
        self.label = label

    def scaled(self, factor, offset=0):
        return self.inner.x * factor + offset


first = operator.itemgetter(0)
pair = operator.itemgetter(1, 0)
by_key = operator.itemgetter("k")
rows = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(rows, key=first), sorted(rows, key=pair))
print(first("xyz"), pair("xyz"), by_key({"k": 42}))
print(repr(first), repr(pair), repr(by_key))
print(type(first).__name__, type(pair).__module__)

deep = operator.attrgetter("inner.x")
both = operator.attrgetter("label", "inner.y")
box = Box(Point(4, 5), "b1")
print(deep(box), both(box))
print(repr(deep), repr(both), type(both).__name__)

call = operator.methodcaller("scaled", 3, offset=1)
plain = operator.methodcaller("upper")
print(call(box), plain("abc"))
print(repr(call), repr(plain))

for op in (lambda: first + 1, lambda: pair < pair, lambda: call[0], lambda: len(deep)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
try:
    first([])
except IndexError as e:
    print("IndexError:", e)
try:
    deep(Box(None, "x"))
except AttributeError as e:
    print("AttributeError:", e)
print(callable(first), first == first, first == operator.itemgetter(0))

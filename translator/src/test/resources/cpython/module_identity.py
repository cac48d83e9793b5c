# Every import of a module binds the same module object, as CPython's sys.modules makes it: identity between
# aliases and imports in functions, attributes set or deleted through one import seen through the others (also by
# the typed path that otherwise reads math.pi and calls math.sqrt directly), and dir() listing what was added.
import math as a, math as b
import math
import random as r1, random as r2
from math import pi


def area(r: float) -> float:
    return math.pi * r * r


def root(x: float) -> float:
    return math.sqrt(x)


def local_import():
    import math as m
    return m is a, m is math


def patch():
    import math as m
    m.pi = 3
    m.sqrt = lambda v: -v
    m.x = 1


print(a is b, a is math, r1 is r2, local_import())
print(area(1.0), root(4.0))
patch()
print(area(1.0), root(4.0), math.pi, b.pi, pi, math.x, a.sqrt(9.0))
total = 0.0
for i in range(4):
    total += math.sqrt(float(i))
print(total)
from math import x
print(x, "x" in dir(math), "pi" in dir(b), dir(a)[-1])
setattr(b, "y", [1, 2])
b.y.append(3)
print(math.y, hasattr(a, "y"), getattr(a, "y"))
del math.x
print(hasattr(b, "x"), "x" in dir(math))
try:
    del a.x
except AttributeError as e:
    print("AttributeError", e)
try:
    print(math.x)
except AttributeError as e:
    print("AttributeError", e)
try:
    from math import x
except ImportError as e:
    print("ImportError", type(e).__name__)
r1.seed(7)
first = r2.random()
r2.seed(7)
print(first == r1.random())
import itertools as it1
import itertools
itertools.count = None
print(it1.count is None, type(it1).__name__, it1.__name__)

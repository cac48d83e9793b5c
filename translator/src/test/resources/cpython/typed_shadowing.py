"""Names the typed path knows (len, range, abs, math, int, float) may be rebound: then they are not the built-ins."""
import math


def lengths(items):
    n = len(items)
    m = len("four")
    return n + m


def len(x):
    return "len of " + str(x)


def range(n):
    return [n, n]


def loops(n):
    seen = []
    for i in range(n):
        seen.append(i)
    return seen


def roots(x: float) -> float:
    return math.sqrt(x) + math.floor(x)


class FakeMath:
    @staticmethod
    def sqrt(x):
        return "fake sqrt of " + str(x)


def local_names(x: int):
    abs = lambda v: v * 100
    float = str
    y = abs(x)
    z = float(x)
    return y, z


print(lengths([1, 2, 3]))
print(loops(3))
print(roots(2.0))
print(local_names(-4))
math = FakeMath()
print(math.sqrt(9))
try:
    print(roots(4.0))
except AttributeError as e:
    print("AttributeError:", e)

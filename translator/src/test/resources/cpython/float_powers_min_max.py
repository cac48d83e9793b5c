"""Float powers that are floats whatever the values, and min/max of two floats, on the typed path."""
import math


def dist(dx: float, dy: float) -> float:
    d2 = dx * dx + dy * dy
    return d2 ** 0.5


def inverse_cube(dx: float, dy: float) -> float:
    d2 = dx * dx + dy * dy
    d2 += 0.0
    return d2 ** -1.5


def norm(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += abs(x) ** 1.5
    return total ** (1 / 1.5)


def power(x: float, k: int) -> float:
    return x ** k


def maybe_complex(x: float) -> object:
    # the base may be negative: a complex result stays exact on the dynamic path
    return x ** 0.5


def shifted(x: float) -> object:
    y = x - 1.0
    return y ** 0.25


def clamp(x: float, lo: float, hi: float) -> float:
    return min(max(x, lo), hi)


def ints(a: int, b: int) -> int:
    return min(a, b) * 10 + max(a, b)


def smooth(xs: list[float]) -> float:
    best = 0.0
    for x in xs:
        best = max(best, min(x, 10.0)) + 0.5
    return best


class Weird:
    """Its square is negative: a power of it is complex, even where a float is hinted."""

    def __mul__(self, other):
        return -4.0


nan = float("nan")
inf = float("inf")
print(dist(3.0, 4.0), dist(-3.0, -4.0), dist(0.0, -0.0), dist(nan, 1.0), dist(-inf, 2.0), dist(1e200, 1e200))
print(inverse_cube(3.0, 4.0), inverse_cube(-1.0, 0.0), inverse_cube(1e-100, 0.0), inverse_cube(1e300, 0.0))
for args in ((0.0, 0.0), (-0.0, 0.0), (1e-150, 0.0), (1e-200, 0.0)):
    try:
        print(inverse_cube(*args))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(norm([3.0, -4.0, 0.5]), norm([]), norm([-2.0]))
print(power(-2.0, 3), power(-2.0, -2), power(0.5, 10), power(-0.0, 3), power(nan, 0), power(-8.0, 0))
for args in ((0.0, -1), (10.0, 400)):
    try:
        print(power(*args))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(maybe_complex(4.0), maybe_complex(-4.0), maybe_complex(-0.0), maybe_complex(-inf))
print(shifted(17.0), shifted(0.0), shifted(1.0))
print(clamp(5.0, 0.0, 1.0), clamp(-5.0, 0.0, 1.0), clamp(0.5, 0.0, 1.0), clamp(nan, 0.0, 1.0))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(clamp(-0.0, 0.0, 1.0), clamp(0.0, -0.0, 1.0), clamp(2.0, 0.0, nan), clamp(0.5, nan, 1.0))
print(clamp(inf, -inf, inf), clamp(-inf, 0.0, 1.0), clamp(1, 2.5, 3.0), clamp(True, 0.5, 2))
print(ints(3, -7), ints(-7, 3), ints(2 ** 40, 2 ** 41), ints(2, 2.5), ints(2 ** 70, 1))
print(smooth([1.0, 20.0, -3.0, nan, 4.0]), smooth([1, 2, 3]), smooth([]))
print(math.isnan(min(nan, 1.0)), min(1.0, nan), max(nan, 1.0), math.isnan(max(nan, 1.0)))
print(dist(Weird(), 0.0), inverse_cube(Weird(), 0.0), dist(3, 4), clamp(3, 1, 2))

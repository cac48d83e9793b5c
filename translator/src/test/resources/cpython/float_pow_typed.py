"""Powers of typed floats: whole literal exponents are computed on doubles with CPython's errors, others stay exact."""
import math


def square(x: float) -> float:
    return x ** 2


def powers(x: float, k: int) -> list:
    return [x ** 2, x ** 3, x ** -1, x ** 2.0, x ** -2.0, x ** 0, k ** 2.0, k ** -1, x ** 0.5, x ** -1.5]


def norm(xs: list[float]) -> float:
    total = 0.0
    for x in xs:
        total += x ** 2
    return total ** 0.5


for v in (3.0, -2.0, 0.5, -0.0, float("inf"), float("-inf"), float("nan")):
    try:
        print(v, square(v), powers(v, 3))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(v, type(e).__name__, e)

for v in (1e200, -1e160, 0.0):
    for f in (square, lambda x: x ** -3, lambda x: x ** 3.0):
        try:
            print(f(v))
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)

print(norm([3.0, 4.0]), norm([1, 2, 2]), norm([]))
print(square(3), square(True), type(square(3)).__name__)
print(math.sqrt(2.0) ** 2, 10 ** -2.0, (-8.0) ** (1 / 3))

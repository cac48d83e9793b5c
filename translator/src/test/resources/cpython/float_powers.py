# Float powers as the C library computes them (not correctly rounded): typed loops, dynamic operands, math.pow,
# int ** negative int, and the fallbacks: errors, user operands, wrong types, ints beyond 64 bits, complex results.
import math


class Meters:
    def __init__(self, value):
        self.value = value

    def __pow__(self, other):
        return "Meters ** " + repr(other)

    def __rpow__(self, other):
        return other ** self.value


def typed_sum(n, e):
    total = 0.0
    for i in range(1, n + 1):
        total += (i * 0.37) ** e
    return total


def table():
    for base in (2.0, 3.0, 7.0, 10.0, 18.0, 23.0, 37.0, 40.0):
        row = [base ** k for k in range(-30, 31, 7)]
        print(base, [x.hex() for x in row])
    print(18.0 ** 17, (18.0 ** 17).hex(), 7.0 ** 19, 3.0 ** -40)


def edges():
    print(2.0 ** -1074, 2.0 ** -1075, (-2.0) ** -1075, 0.5 ** 1074.5, (-0.5) ** 1075)
    print(1.0000000001 ** 1e12, 0.9999999999 ** 3e12, (1 + 2 ** -40) ** 2.0 ** 45)
    print(1e-300 ** 1.1, 1.7976931348623157e308 ** 1.0, 5e-324 ** 0.5, 10.0 ** 308)
    print((-1.0) ** math.inf, 1.0 ** math.nan, math.nan ** 0.0, math.inf ** -0.5, (-math.inf) ** 3.0)
    print((-0.0) ** 3.0, (-0.0) ** 2.0, 0.5 ** math.inf, 2.0 ** -math.inf)


def errors():
    for a, b in ((10.0, 309.0), (0.0, -1.0), (-0.0, -3.0), (1.0000000001, 1e15), ("x", 2.0), (2.0, None)):
        try:
            print(a ** b)
        except Exception as e:
            print(type(e).__name__, e)
    for a, b in ((10.0, 309.0), (0.0, -1.0), (-3.0, 0.5), (-1.0, math.inf), (1.0, math.nan)):
        try:
            print(math.pow(a, b))
        except Exception as e:
            print(type(e).__name__, e)


def mixed(values):
    out = []
    for a in values:
        for b in values:
            try:
                r = a ** b
            except Exception as e:
                r = type(e).__name__
            out.append(type(r).__name__ if isinstance(r, complex) else r)
    return out


def main():
    table()
    edges()
    errors()
    print(typed_sum(1000, 1.7), typed_sum(300, -2.5), typed_sum(50, 0.5))
    x = 1.1
    for _ in range(5):
        x **= 1.3
    print(x)
    print(mixed([2, -3, 2.5, -1.5, 0.1, 0, 0.0, True, 1e300]))
    print([a ** 0.5 for a in (2 ** 70, 2 ** 64 + 1, 2 ** 63 - 1)])
    print(pow(18.0, 17), pow(2, -3), 5 ** -2, (2 ** 70) ** 0.5, (-8) ** (1 / 3) == (-8.0) ** (1 / 3))
    try:
        print((10 ** 400) ** 0.5)
    except OverflowError as e:
        print("OverflowError", e)
    print(Meters(2.0) ** 3.0, 2.5 ** Meters(3.7), 18.0 ** Meters(17), type(Meters(2.0) ** 1).__name__)
    print(math.pow(18.0, 17), math.pow(2, 0.5), math.pow(1.5, -700.25), math.pow(-2.0, 1001))


main()

# CPython's messages for ZeroDivisionError, OverflowError and ValueError in arithmetic and conversions.
import math


def show(label, action):
    try:
        result = action()
        print(label, "=", result)
    except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


show("1 / 0", lambda: 1 / 0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("1.0 / 0", lambda: 1.0 / 0)
show("1.5 // 0.0", lambda: 1.5 // 0.0)
show("5 % 0.0", lambda: 5 % 0.0)
show("divmod(1, 0)", lambda: divmod(1, 0))
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("int('abc')", lambda: int("abc"))
show("int('')", lambda: int(""))
show("int('1.5')", lambda: int("1.5"))
show("int('12', 2)", lambda: int("12", 2))
show("float('x1')", lambda: float("x1"))
show("float('')", lambda: float(""))
show("math.sqrt(-1)", lambda: math.sqrt(-1))
show("math.log(0)", lambda: math.log(0))
show("math.exp(1000)", lambda: math.exp(1000))
show("math.pow(2.0, 10000)", lambda: math.pow(2.0, 10000))
show("int(float('inf'))", lambda: int(float("inf")))
show("int(float('nan'))", lambda: int(float("nan")))
show("10 ** 20 / 1e-300", lambda: 10 ** 20 / 1e-300)
show("float(10 ** 400)", lambda: float(10 ** 400))
show("chr(-1)", lambda: chr(-1))
show("chr(0x110000)", lambda: chr(0x110000))
show("range(1, 5, 0)", lambda: range(1, 5, 0))
show("pow(2, -1, 4)", lambda: pow(2, -1, 4))
show("pow(3, -1, 7)", lambda: pow(3, -1, 7))
show("math.factorial(-1)", lambda: math.factorial(-1))
show("round(2.5)", lambda: round(2.5))
show("'a'.center(-1)", lambda: "a".center(-1))
show("[1] * -2", lambda: [1] * -2)
show("int('  42  ')", lambda: int("  42  "))
show("int('1_000')", lambda: int("1_000"))

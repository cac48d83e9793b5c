# cmath's inverse functions: acos, asin, atan, acosh, asinh, atanh on a grid of parts including signed zeros,
# infinities and NaN (C99's branch cuts and special values), on large and tiny arguments, and their errors.
import cmath

inf = float("inf")
nan = float("nan")
names = ["acos", "asin", "atan", "acosh", "asinh", "atanh"]
values = [-inf, -2.0, -1.0, -0.5, -0.0, 0.0, 0.5, 1.0, 2.0, inf, nan]
for name in names:
    f = getattr(cmath, name)
    for x in values:
        row = []
        for y in values:
            try:
                row.append(repr(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, x, " ".join(row))
others = [1e308 + 1e308j, -1e308 + 1j, 1 - 1e308j, 1e-320 + 1e-320j, -1e-320j, 3 + 4j, -3 - 4j, 0.3 + 0.1j,
          1 + 1e-10j, 1 - 1e-200j, -1 + 1e-200j, 1e154 + 1e154j, 0.999 + 0j, 1.001 + 0j, 2j, -2j, 5, -5, 0.5j]
for name in names:
    print(name, [getattr(cmath, name)(z) for z in others])
print(cmath.acos(2), cmath.asin(-2), cmath.acosh(0.5), cmath.atanh(2), cmath.atan(True), cmath.asinh(1))
print(cmath.acos(complex(2, -0.0)), cmath.asin(complex(-2, -0.0)), cmath.acosh(complex(0.5, -0.0)))
print(cmath.atanh(complex(2, -0.0)), cmath.atan(complex(-0.0, 2)), cmath.atan(complex(0.0, -2)))
for name, arg in [("atanh", 1), ("atanh", -1), ("atan", 1j), ("atan", -1j), ("acos", "x"), ("asinh", None)]:
    try:
        print(getattr(cmath, name)(arg))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
try:
    cmath.acos(1, 2)
except TypeError as e:
    print("TypeError:", e)

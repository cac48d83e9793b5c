# math's inverse hyperbolic functions, ulp and nextafter: exact results of CPython on glibc, signed zeros,
# infinities, NaN, and the domain errors.
import math

inf = float("inf")
nan = float("nan")
values = [0.0, -0.0, 1e-300, 3e-9, 0.25, -0.5, 0.75, 0.999, 1.0, 1.5, 2.0, 2.5, 10.0, 1e6, 3e8, 1e300, inf, -inf, nan]
for name in ["asinh", "acosh", "atanh"]:
    row = []
    for x in values:
        try:
            row.append(repr(getattr(math, name)(x)))
        except ValueError as e:
            row.append("ValueError")
    print(name, " ".join(row))
for k in range(1, 40):
    x = k * 0.37 - 3.1
    print(repr(x), math.asinh(x), math.acosh(abs(x) + 1), math.atanh(x / 12))
print([math.ulp(x) for x in [1.0, -1.0, 0.0, 2.0 ** 52, 1e300, 5e-324, inf, 1.7976931348623157e308]])
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(0.0, -0.0))
print(math.nextafter(-0.0, 1.0), math.nextafter(inf, 0.0), math.nextafter(1.0, 1.0), math.isnan(math.nextafter(nan, 1)))
print(math.isnan(math.ulp(nan)), math.acosh(True), math.asinh(10 ** 20), math.atanh(0))
for f, arg in [(math.atanh, 1), (math.atanh, -1.0), (math.acosh, 0.5), (math.acosh, -inf), (math.atanh, 2)]:
    try:
        print(f(arg))
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: math.nextafter(1.0), lambda: math.ulp("x"), lambda: math.asinh(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

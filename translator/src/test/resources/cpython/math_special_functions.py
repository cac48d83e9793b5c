# math.erf, erfc, gamma, lgamma and exp2: exact results of CPython on glibc, signed zeros, infinities, NaN,
# exact factorials and powers of two, and the domain and range errors.
import math

inf = float("inf")
nan = float("nan")
edges = [0.0, -0.0, 5e-324, 1e-300, 1e-20, 0.25, -0.5, 0.84375, 1.0, -1.25, 2.0, 2.857, -3.5, 5.5, 6.0, -6.0,
         27.9, 28.0, 30.0, inf, -inf, nan]
for name in ["erf", "erfc", "gamma", "lgamma", "exp2"]:
    row = []
    for x in edges:
        try:
            row.append(repr(getattr(math, name)(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(name, " ".join(row))
for k in range(1, 41):
    x = k * 0.173 - 3.4
    print(repr(x), math.erf(x), math.erfc(x), math.gamma(x), math.lgamma(x), math.exp2(x * 7))
print([math.gamma(n) for n in range(1, 25)])
print([math.lgamma(n) for n in [1, 2, 3, 10, 100, 1000]], math.gamma(0.5) ** 2)
print([math.exp2(n) for n in [0, 1, -1, 10, 52, 53, 1023, -1022, -1074, -1075, -1080]])
print(math.exp2(0.5), math.exp2(-0.5), math.exp2(1 / 3), math.exp2(-1074.5), math.exp2(1023.9999))
print(math.gamma(-0.5), math.gamma(-1.5), math.gamma(-200.5), math.gamma(-201.5), math.gamma(171.6))
print(math.lgamma(-0.5), math.lgamma(-2.5), math.lgamma(1e300), math.lgamma(1e-320), math.erfc(-30.0))
print(math.erf(True), math.erfc(10 ** 2), math.gamma(3), math.lgamma(False + 4), math.exp2(True))
for name, arg in [("gamma", 0), ("gamma", -0.0), ("gamma", -3), ("gamma", -inf), ("lgamma", 0.0), ("lgamma", -7),
                  ("gamma", 172.0), ("gamma", 1e-320), ("gamma", -1e-320), ("lgamma", 1e306), ("exp2", 1024.0),
                  ("exp2", 5000)]:
    try:
        print(getattr(math, name)(arg))
    except (ValueError, OverflowError) as e:
        print(name, arg, type(e).__name__ + ":", e)
for bad in [lambda: math.erf("1"), lambda: math.gamma(), lambda: math.exp2(1, 2), lambda: math.lgamma(x=1.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

"""math.log to the last bit, as the C library computes it: near 1, powers of 2, subnormal and huge arguments, ints
too large for a float, other bases, and the functions built on it."""
import cmath
import math
import random


def show(name, f, xs):
    for x in xs:
        try:
            print(name, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(name, repr(x), type(e).__name__, e)


show("log", math.log, [1e22, 2.0 ** 1000, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-300,
                       2.0 ** -27, 0.126, 0.855469, 1.0000000000000002, 0.9999999999999999, 0.9375,
                       1.0646972656249998, 1.0647, 2.0, 0.5, 1024.0, 7.0, 12345.678, 0.1, 1.0, 10.0, 1e15])
# arguments where a correctly rounded or differently rounded log gives the neighbouring float
show("log", math.log, [0.9271190068512789, 0.9170008990752729, 1.406340407944211, 1.0712599785203318,
                       1.0931339085328633, 0.9130330163559041])
show("log", math.log, [0.0, -1.0, 0, -5, math.inf, math.nan, True, 10 ** 15])
show("log10 base", lambda x: math.log(x, 10), [1000.0, 0.001, 2.0, 1e-300])

# ints beyond a float: log of the mantissa rounded once, plus the exponent's share
for n in (2 ** 1100 - 1, 10 ** 400, 3 ** 1000, (2 ** 53 + 1) * 2 ** 1000 + 2 ** 999 + 1, 2 ** 1024 - 2 ** 970):
    print("log int", repr(math.log(n)), repr(math.log(n, 10)), repr(math.log(n, 2.5)))

# a typed loop: floats that the program keeps in local variables
total = 0.0
for i in range(1, 3000):
    x = i * 0.37
    total += math.log(x) * x
print("loop", repr(total))

# functions that call log inside
show("lgamma", math.lgamma, [0.001, 3.7, 171.2, 1e-25, 2.5, 30.1])
show("asinh", math.asinh, [1e10, 3.0, 0.7, -5.5])
show("acosh", math.acosh, [1e10, 3.0, 1.5])
print("cmath", repr(cmath.log(complex(3.0, 4.0))), repr(cmath.log(complex(1e-300, 2.5))))
r = random.Random(1234)
print("expovariate", [repr(r.expovariate(2.0)) for _ in range(6)])

"""math.sin and math.cos to the last bit, as the C library computes them: tiny, moderate and huge arguments (1e22,
2**1000), near multiples of pi/2, the bounds between the library's methods, and the functions built on them."""
import cmath
import math
import random


def show(name, f, xs):
    for x in xs:
        try:
            print(name, repr(x), repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(name, repr(x), type(e).__name__, e)


hard = [1e22, 2.0 ** 1000, -2.0 ** 1000, 1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
        1e-300, 2.0 ** -27, 2.0 ** -26, 0.126, -0.126, 0.855469, 2.426265, 105414350.0, 105414349.99999999,
        math.pi / 2, math.pi, 3 * math.pi / 2, 1e6 * math.pi, 0.0, -0.0, 0.1, 0.5, 1.0, 3.0, 10.0, 100.0, 1e15]
show("sin", math.sin, hard)
show("cos", math.cos, hard)
# arguments where a correctly rounded or differently rounded sin or cos gives the neighbouring float
show("sin", math.sin, [0.1138792916989706, 1.0000000000000013, 266324.6479996345, -664239.1368348091,
                       -0.13777558577819882])
show("cos", math.cos, [1.0191433967337233, -184486.46270136512, 1.0000000000006786, 0.9999999999999691,
                       695031.6153885078, 1.4252305290316052])
show("sin", math.sin, [math.inf, -math.inf, math.nan, 7, True, -3])
show("cos", math.cos, [math.inf, math.nan, 7, False])

# a typed loop: floats that the program keeps in local variables
total = 0.0
for i in range(3000):
    x = i * 0.37 - 500.0
    total += math.sin(x) * math.cos(x * 1.5)
print("loop", repr(total))

# functions that call sin and cos inside: gamma and lgamma of negatives use sin(pi x)
show("lgamma", math.lgamma, [-0.5, -2.5, -10.3, -100.01])
show("gamma", math.gamma, [-0.5, -2.5, -10.3, -170.7])
print("cmath", repr(cmath.exp(complex(0.3, 1e6))), repr(cmath.rect(2.0, 7.0)), repr(cmath.sin(complex(1.0, 2.0))))
print("complex pow", repr(complex(1.5, 2.5) ** complex(0.5, 1.5)))
r = random.Random(1234)
print("gauss", [repr(r.gauss(0.0, 1.0)) for _ in range(6)])

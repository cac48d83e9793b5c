# Typed code calls erf, erfc, exp2, gamma, lgamma, asinh, acosh, atanh, ulp and nextafter directly: same values and
# the same errors (domain and range) as through the module, with int and bool arguments converted as CPython does.
import math


def specials(x: float) -> float:
    return math.erf(x) + math.erfc(x) + math.exp2(x) + math.asinh(x) + math.ulp(x)


def gammas(x: float) -> float:
    return math.gamma(x) - math.lgamma(x)


def hyper(x: float) -> float:
    return math.acosh(x + 1.0) + math.atanh(x / 8.0)


def step(x: float, toward: int) -> float:
    return math.nextafter(x, toward)


def mixed(n: int, b: bool) -> float:
    return math.erf(n) + math.exp2(n) + math.ulp(n) + math.gamma(n) + math.lgamma(b + 2) + math.asinh(b)


total = 0.0
for i in range(1, 40):
    x = i / 7.0
    total += specials(x) + gammas(x) + hyper(x)
    print(i, specials(x), gammas(x), hyper(x), step(x, i), step(x, -i))
print(total, mixed(5, True), mixed(-3 + 4, False))
for bad in (lambda: gammas(0.0), lambda: gammas(-2.0), lambda: hyper(-1.5), lambda: hyper(8.0),
            lambda: specials(1100.0), lambda: gammas(200.0), lambda: mixed(0, False)):
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(step(0.0, 1), step(1.0, 1), step(math.inf, 0), math.ulp(0.0), math.ulp(math.inf))

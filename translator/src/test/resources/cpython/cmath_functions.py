# cmath: square roots, exponentials, logarithms and polar coordinates, for ordinary arguments, for every
# combination of infinite, NaN, zero and finite parts (C99's special values), and CPython's errors.
import cmath
from cmath import sqrt, phase

inf = float("inf")
nan = float("nan")

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(sqrt(-1), sqrt(4), sqrt(2j), sqrt(-4 - 0j), sqrt(complex(-4, -0.0)), sqrt(3 + 4j), sqrt(1e-320 + 1e-320j))
print(sqrt(1e308 + 1e308j), sqrt(0j), sqrt(complex(-0.0, -0.0)), sqrt(complex(0.0, -0.0)), sqrt(True))
print(cmath.exp(0), cmath.exp(1j * cmath.pi), cmath.exp(1 + 1j), cmath.exp(709.5), cmath.exp(-1000 + 2j))
print(cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log(10, 10), cmath.log(8, 2), cmath.log(1 + 1e-10j))
print(cmath.log(1e308 + 1e308j), cmath.log(1e-320 + 0j), cmath.log(0, 2), cmath.log(-2.5), cmath.log10(1000))
print(cmath.log10(-100), cmath.log10(1j), phase(-1), phase(complex(-1, -0.0)), phase(0j), phase(-0.0), phase(3))
print(cmath.polar(1j), cmath.polar(-2), cmath.polar(complex(inf, nan)), cmath.polar(complex(nan, 1)))
print(cmath.rect(2, 0), cmath.rect(2, -0.0), cmath.rect(-0.0, 1), cmath.rect(1, cmath.pi / 2), cmath.rect(3, 1))
print(cmath.isnan(complex(1, nan)), cmath.isnan(1j), cmath.isinf(complex(inf, 0)), cmath.isinf(2),
      cmath.isfinite(1 + 1j), cmath.isfinite(complex(nan, 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isclose(1, 1.1, rel_tol=0.01), cmath.isclose(nan, nan),
      cmath.isclose(complex(inf, 1), complex(1, 1)), cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j))

values = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ["sqrt", "exp", "log", "rect", "sinh", "cosh", "tanh", "sin", "cos", "tan"]:
    f = getattr(cmath, name)
    for x in values:
        row = []
        for y in values:
            try:
                row.append(repr(f(x, y) if name == "rect" else f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, x, " ".join(row))
for x in [-inf, inf]:
    for name in ["exp", "sinh", "cosh", "tanh"]:
        print(name, [getattr(cmath, name)(complex(x, y)) for y in (-3.0, -1.0, 1.0, 2.0)])
    print([cmath.rect(x, y) for y in (-3.0, -1.0, 1.0, 2.0)])
print(cmath.sin(1 + 2j), cmath.cos(1 + 2j), cmath.tan(1 + 2j), cmath.sinh(-0.5j), cmath.cosh(3), cmath.tanh(0.5 + 1j))
print(cmath.sinh(710 + 0.5j), cmath.cosh(-710 + 0.5j), cmath.tanh(800 - 2j), cmath.tanh(-800 + 2j), cmath.tan(1e-300j))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("log 0", lambda: cmath.log(0))
attempt("log base 0", lambda: cmath.log(2, 0))
attempt("log base 1", lambda: cmath.log(5, 1))
attempt("log10 0", lambda: cmath.log10(0j))
attempt("exp big", lambda: cmath.exp(1000))
attempt("exp inf imag", lambda: cmath.exp(complex(1, inf)))
attempt("sinh big", lambda: cmath.sinh(1000 + 1j))
attempt("cos big", lambda: cmath.cos(1000j))
attempt("polar big", lambda: cmath.polar(complex(1.7e308, 1.7e308)))
attempt("rect inf", lambda: cmath.rect(1, inf))
attempt("rect complex", lambda: cmath.rect(1j, 2))
attempt("str", lambda: cmath.sqrt("4"))
attempt("none", lambda: cmath.exp(None))
attempt("two", lambda: cmath.sqrt(1, 2))
attempt("kw", lambda: cmath.phase(z=1))
attempt("log args", lambda: cmath.log(1, 2, 3))
attempt("rect args", lambda: cmath.rect(1))
attempt("tolerance", lambda: cmath.isclose(1, 2, rel_tol=-1))
attempt("isclose args", lambda: cmath.isclose(1))

# Complex numbers: literals, the constructor, arithmetic with ints and floats, repr of signed zeros, NaN and
# infinities, equality and hashing across numeric types, attributes and errors, as CPython prints them.

inf = float("inf")
nan = float("nan")

print(1j, -1j, 0j, -0j, 2 + 3j, 2 - 3j, 1.5j, 1e16j, 1e-5 + 1e22j)
print(complex(), complex(1), complex(1.5, -2), complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(True, False), complex(real=1, imag=2), complex(imag=2))
print(complex(2 ** 1000), complex(nan, inf), complex(inf, -inf), complex(1e16, 0), complex(1, -nan))
print(repr(1 + 2j), str(-1 - 0j), [1j, (1 + 1j)], {"z": -2j}, (0j,))

# arithmetic, mixing ints, bools and floats
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0, b ** 0.5, 2 ** a, a ** b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, True * a, a / 2, 2 / a, -a, +a, abs(a), abs(-1j))
print(1j * 1j, 1j ** 2, (1j) ** (1j), (-8) ** (1 / 3), (-2.0) ** 0.5, 0j ** 0, 0j ** 0j)
print(complex(inf, 0) * 2, 2 * complex(inf, 0), complex(inf, inf) / (1 + 0j), (1e200 + 1e200j) ** 2)
print(a.real, a.imag, a.conjugate(), (5).real, (5).imag, (2.5).imag, type(a).__name__, type(a))
print(isinstance(a, complex), isinstance(1, complex), isinstance(a, (int, float)))
z = 0j
z += 1
z *= 1j
z -= 2.5
z /= 2
z **= 2
print(z, bool(z), bool(0j), bool(complex(0, nan)), bool(-0j))

# equality, hashing and dict keys
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j == 1, 2 ** 70 + 0j == 2 ** 70, 1.5 == complex(1.5, 0))
print(1j != 1j, 1j != 2j, complex(nan, 0) == complex(nan, 0), 1j == "1j", 1j in [0, 1j], 1j == None)
print(hash(1 + 0j), hash(1.5 + 0j), hash(-1 + 0j), hash(1j), hash(2 + 3j), hash(complex(2 ** 61, 1)))
print(hash(complex(inf, -inf)), hash(1e16 + 0j) == hash(10 ** 16), hash(-0j), hash(1e-5 + 1e22j))
print({1: "a", 1 + 0j: "b", 1.0: "c"}, {2j, 2j, 0j, 0, False}, {1j: 1}[1j], {0: 0}[0j])

# constructing from text
for text in ["1+2j", " ( 1-2j ) ", "j", "-j", "+J", "1e3j", "1.5", "-infj", "nanj", "1+j", "1-j",
             "infinity+nanj", "1_000+2_0j", "1e-3-1E+3j", ".5j", "5.j", " 12 ", "-0-0j"]:
    print(repr(text), complex(text))
for text in ["abc", "1+2", "", "(1+2j", "1+2j)", "1 + 2j", "--1j", "1e", "j1", "1jj", "()", "1__0j"]:
    try:
        complex(text)
    except ValueError as e:
        print(repr(text), "ValueError:", e)

# format specs
for spec in ["", "+", ".2f", ">22", "^24.3e", "+.3g", "G", ".0f", "z.1f", ",.2f", "<16", ".3", "n", "E", "*^20"]:
    print(repr(format(complex(-1234.5678, 0.001), spec)), repr(format(1j, spec)),
          repr(format(complex(-0.0, -0.0), spec)), repr(format(complex(nan, inf), spec)))
print(f"{a}|{a!r}|{a:.1f}|{b:>12}|{1j:+}", "%s %r" % (a, b), "{} {:.2e}".format(a, b))

# errors, with CPython's messages
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("lt", lambda: 1j < 2)
attempt("ge", lambda: a >= b)
attempt("sorted", lambda: sorted([1j, 2j]))
attempt("floordiv", lambda: a // 2)
attempt("mod", lambda: a % 2)
attempt("divmod", lambda: divmod(a, 2))
attempt("div0", lambda: a / 0)
attempt("div0j", lambda: 1 / 0j)
attempt("div0.0", lambda: a / 0.0)
attempt("zero pow", lambda: 0j ** -1)
attempt("zero cpow", lambda: 0j ** 1j)
attempt("overflow", lambda: (2 + 0j) ** 10000)
attempt("abs big", lambda: abs(complex(1e308, 1e308)))
attempt("abs huge", lambda: abs(complex(1.7e308, 1.7e308)))
attempt("abs inf", lambda: abs(complex(inf, nan)))
attempt("int", lambda: int(a))
attempt("float", lambda: float(a))
attempt("round", lambda: round(a))
attempt("add str", lambda: a + "x")
attempt("str add", lambda: "x" + a)
attempt("repeat", lambda: [1] * a)
attempt("and", lambda: a & 1)
attempt("invert", lambda: ~a)
attempt("huge", lambda: 10 ** 400 + 1j)
attempt("pow3", lambda: pow(a, 2, 3))
attempt("str and im", lambda: complex("1", 2))
attempt("im str", lambda: complex(1, "2"))
attempt("none", lambda: complex(None))
attempt("list", lambda: complex([1]))
attempt("none im", lambda: complex(1, None))
attempt("three", lambda: complex(1, 2, 3))
attempt("zero pad", lambda: format(a, "010"))
attempt("eq align", lambda: format(a, "=10"))
attempt("percent", lambda: format(a, "%"))
attempt("d", lambda: format(a, "d"))
attempt("attr", lambda: a.foo)

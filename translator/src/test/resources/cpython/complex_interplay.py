# Complex numbers meeting the rest of Python: %-formatting, str.format, json, sum/max/sorted, dict and set
# keys, typed float code whose power turns complex, and the unbound complex.conjugate.
import json


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


attempt("pct f", lambda: "%f" % 1j)
attempt("pct d", lambda: "%d" % 1j)
attempt("pct s r", lambda: "%s %r %5s" % (1j, 2 + 0j, 1j))
attempt("round2", lambda: round(1j, 2))
attempt("json", lambda: json.dumps(1j))
attempt("sum", lambda: sum([1j, 2, 0.5]))
attempt("max1", lambda: max([3j]))
attempt("max2", lambda: max([3j, 1j]))
attempt("sorted key", lambda: sorted([3 + 1j, 1 - 2j, -2j], key=abs))
attempt("format spec", lambda: "{:>12.2f}|{!r:^10}".format(1 + 2j, 3j))


def typed(x: float, y: float) -> float:
    z: float = x ** y
    return z


attempt("typed pow", lambda: typed(-8.0, 1 / 3))
attempt("neg pow", lambda: (-8) ** 0.5)
attempt("str", lambda: str(complex("  -1.5e-3-0J  ")))
attempt("set", lambda: {1 + 0j, 1, 1.0, True, 2j})
attempt("in dict", lambda: {1: "one"}[1 + 0j])
attempt("complex attr", lambda: (1 + 2j).real + (1 + 2j).imag)
attempt("conj unbound", lambda: complex.conjugate(1 + 2j))
attempt("bool", lambda: [bool(x) for x in (0j, -0j, 1e-300j, complex(0, 0.0))])
attempt("int complex", lambda: complex(10 ** 20, 1))
attempt("is", lambda: type(1j) is complex)


class Complexish:
    def __complex__(self):
        return 1 + 2j


class Floatish:
    def __float__(self):
        return 2.5


class Indexish:
    def __index__(self):
        return 7


class Wrong:
    def __complex__(self):
        return 3


attempt("__complex__", lambda: complex(Complexish()))
attempt("__float__", lambda: complex(Floatish(), Floatish()))
attempt("__index__", lambda: complex(Indexish(), Indexish()))
attempt("wrong", lambda: complex(Wrong()))
attempt("second", lambda: complex(1, Complexish()))
attempt("object", lambda: complex(object()))

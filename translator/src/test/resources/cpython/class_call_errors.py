"""Calls of methods and classes with the wrong arguments raise CPython's TypeError, also at places already run."""


class Vector:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k, *, offset=0):
        return Vector(self.x * k + offset, self.y * k + offset)

    def parts(self, *names, **extra):
        return [getattr(self, n) for n in names], sorted(extra)

    def nothing(self):
        return None


class Empty:
    pass


class BadInit:
    def __init__(self):
        return 1


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, Vector) else (r.x, r.y))
    except TypeError as e:
        print(label, "TypeError:", e)
    except AttributeError as e:
        print(label, "AttributeError:", e)


v = Vector(1, 2)
w = Vector(3)
for _ in range(2):
    attempt("dot", lambda: v.dot(w))
    attempt("dot none", lambda: v.dot())
    attempt("dot many", lambda: v.dot(w, w))
    attempt("dot kw", lambda: v.dot(other=w))
    attempt("dot bad kw", lambda: v.dot(w, other=w))
    attempt("scale", lambda: v.scale(2))
    attempt("scale offset", lambda: v.scale(2, offset=1))
    attempt("scale positional offset", lambda: v.scale(2, 1))
    attempt("parts", lambda: v.parts("x", "y", a=1, b=2))
    attempt("nothing", lambda: v.nothing())
    attempt("nothing arg", lambda: v.nothing(1))
    attempt("missing method", lambda: v.length())
    attempt("new", lambda: Vector(5, 6))
    attempt("new default", lambda: Vector(5))
    attempt("new none", lambda: Vector())
    attempt("new many", lambda: Vector(1, 2, 3))
    attempt("new kw", lambda: Vector(y=1, x=2))
    attempt("new bad kw", lambda: Vector(1, z=2))
    attempt("empty", lambda: type(Empty()).__name__)
    attempt("empty args", lambda: Empty(1))
    attempt("bad init", lambda: BadInit())
    attempt("unbound", lambda: Vector.dot(v, w))
    attempt("unbound missing", lambda: Vector.dot(v))
    attempt("int call", lambda: v.x())

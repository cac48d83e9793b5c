# vars(C) and C.__dict__ of the program's classes list CPython's entries in its order (module, docstring, body,
# __dict__ and __weakref__ where no base has them, __doc__, the implicit __hash__), and type(name, bases, dict)
# makes a class as a class statement does, with CPython's errors for bad arguments.
class C:
    """doc"""
    x = 1

    def m(self):
        return 2

    @staticmethod
    def s():
        return 3


class D(C):
    y = 2


class E:
    def __eq__(self, other):
        return True


class F(Exception):
    code = 7


print(list(vars(C)))
print(list(D.__dict__), list(vars(E)), list(F.__dict__))
print(vars(D)["y"], "x" in vars(D), vars(C)["__doc__"], D.__dict__["__doc__"], vars(E)["__hash__"])
print(vars(C)["__dict__"], C.__dict__["__weakref__"], type(vars(C)["__weakref__"]).__name__, vars(F)["__module__"])
print(sorted(k for k in C.__dict__ if not k.startswith("__")), len(C.__dict__), C.__dict__["x"])
print(type(vars(C)["s"]).__name__, type(C.__dict__["m"]).__name__)
for k, v in vars(D).items():
    print(k, v)
T = type("T", (C,), {"z": 5, "f": lambda self: self.z * 2})
t = T()
print(T.__name__, t.z, t.f(), t.x, t.m(), isinstance(t, C), T.__mro__, T)
U = type("U", (), {})
print(type(U()).__name__, U.__bases__, type(U), U.__module__)
for args in [(), (1, 2), ("A", [], {}), (1, (), {}), ("A", (), [])]:
    try:
        print(type(*args))
    except TypeError as e:
        print(e)
V = type("V", (), {"__init__": lambda self, v: setattr(self, "v", v), "twice": lambda self: self.v * 2})
print(type(3), V(4).v, V(5).twice(), list(vars(V)))

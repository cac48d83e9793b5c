"""Attributes, methods, setattr, super(), bytes, math arguments and json values of every kind, reached through
values whose type is known only at run time: each type test's branches and its fallbacks."""
import json
import math
import sys
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:  # every error is printed with its message
        print(label, type(e).__name__, e)


def gen():
    got = yield 1
    print("sent", got)
    yield 2


values = [0, True, 2**70, 2.5, 1 + 2j, "ab", None, [1, 1], (2, 1), {3: 4}, {5}, frozenset({6}), range(3),
          b"a,b", bytearray(b"x y"), gen(), sys.stdout, sys.stdin]

# bound methods and attributes of built-in values, found by name
for v in values:
    name = type(v).__name__
    for attr in ("count", "index", "conjugate", "bit_length", "is_integer", "keys", "union", "decode", "send",
                 "real", "start", "nothing"):
        found = getattr(v, attr, None)
        print(name, attr, "missing" if found is None else "callable" if callable(found) else repr(found))
print(callable(getattr(sys.stdout, "write")), callable(getattr(sys.stdin, "readline")))

# methods called on values of unknown type
for v in values:
    if isinstance(v, (bytes, bytearray)):
        continue
    name = type(v).__name__
    attempt(f"{name}.count", lambda: v.count(1))
    attempt(f"{name}.index", lambda: v.index(1))
    attempt(f"{name}.conjugate", lambda: v.conjugate())
    attempt(f"{name}.bit_length", lambda: v.bit_length())
    attempt(f"{name}.hex", lambda: v.hex())
    attempt(f"{name}.copy", lambda: type(v.copy()).__name__)
    attempt(f"{name}.nothing", lambda: v.nothing())

for v in [b"a,b", bytearray(b"x,y")]:
    attempt(f"{type(v).__name__} methods", lambda: (v.count(b","), v.index(b","), v.hex(), type(v.copy()).__name__
                                                    if isinstance(v, bytearray) else v.decode()))
g = gen()
print(next(g), g.send("x"))
g.close()
attempt("gen.throw", lambda: gen().throw(ValueError("thrown")))
attempt("write int", lambda: sys.stdout.write(3))
for x in [5, True, False, 2**70, -(2**70)]:
    attempt(f"int {x!r}", lambda: (x.bit_count(), x.as_integer_ratio(), x.conjugate(), x.to_bytes(12, "big",
                                                                                                signed=True)))
for x in [2.5, -0.0, float("inf")]:
    attempt(f"float {x!r}", lambda: (x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.hex()))

# bytes and bytearray methods computed on Latin-1 text, with arguments and results of each kind
for b in [b"a,b,,c", bytearray(b"a,b,,c")]:
    name = type(b).__name__
    for sep in [b",", bytearray(b","), ",", None]:
        attempt(f"{name}.split {sep!r}", lambda: b.split(sep, 1))
    for sep in [b",", ","]:
        attempt(f"{name}.partition {sep!r}", lambda: b.partition(sep))
    attempt(f"{name}.count", lambda: b.count(b","))
    attempt(f"{name}.startswith", lambda: b.startswith(b"a,"))
    attempt(f"{name}.center", lambda: b.center(10, b"*"))
    attempt(f"{name}.rsplit", lambda: b.rsplit(b",", 2))
    attempt(f"{name}.splitlines", lambda: b.splitlines())
    attempt(f"{name}.upper", lambda: b.upper())

# bytes() of each kind of source
for src in [None, b"xy", bytearray(b"z"), 3, 0, -1, [1, 2], (65,), range(2), "s", [256], ["a"]]:
    attempt(f"bytes {src!r}", lambda: bytes(src) if src is not None else bytes())
attempt("bytes str utf-8", lambda: bytes("é", "utf-8"))

# the classes of built-in values
def plain():
    return 1


for v in [ValueError("v"), KeyError("k"), property(plain), staticmethod(plain), classmethod(plain), 1, "s", None,
          [1]]:
    t = type(v)
    print(t.__name__, t is type(v), isinstance(v, t))

# math arguments of each kind
for v in [4, True, False, 2**70, 2.25, None, "4", [4]]:
    attempt(f"sqrt {v!r}", lambda: math.sqrt(v))
    attempt(f"floor {v!r}", lambda: math.floor(v))
    attempt(f"hypot {v!r}", lambda: math.hypot(v, 3))


# class attributes of each kind, through instances, super() and setattr
class Base:
    value = 10
    nothing = None

    def method(self):
        return "method of " + type(self).__name__

    @classmethod
    def cm(cls):
        return "classmethod of " + cls.__name__

    @staticmethod
    def sm():
        return "staticmethod"

    @property
    def prop(self):
        return "property of " + type(self).__name__


class Child(Base):
    def method(self):
        return "child " + super().method()

    def supers(self):
        return [super().method(), super().cm(), super().sm(), super().prop, super().value, super().nothing]


c = Child()
print(c.supers())
for attr in ["method", "cm", "sm", "prop", "value", "nothing", "missing"]:
    for obj in [c, Base(), c]:
        attempt(f"{type(obj).__name__}.{attr}", lambda: (lambda r: r() if callable(r) else r)(getattr(obj, attr)))
print(c.method(), c.cm(), c.sm(), c.prop, c.value, c.nothing)


def fn():
    return 0


Point = namedtuple("Point", "x y")
os_error = OSError(2, "No such file")
import_error = ImportError("no module")
for target in [c, Child, fn, math, Point(1, 2), 5, True, 2.5, 1j, range(2), [1], "s", None]:
    for attr in ["x", "z", "real", "start", "append", "value"]:
        attempt(f"setattr {type(target).__name__} {attr}", lambda: setattr(target, attr, 7))
for target, attr in [(os_error, "errno"), (import_error, "name")]:
    attempt(f"setattr {type(target).__name__} {attr}", lambda: setattr(target, attr, 7))
print(c.value, Child.value, fn.value, math.value, os_error.errno, import_error.name)
try:
    c.prop = 1
except AttributeError as e:
    print("AttributeError", e)

# json values and keys of each kind
for v in [{"a": [1, 2.5, None, True, 2**70, "x", (1, 2)]}, [{}], 2**70, {1}, 1j, object]:
    attempt("dumps", lambda: json.dumps(v))
    attempt("dumps default", lambda: json.dumps(v, default=repr))
for k in ["s", 1.5, True, False, None, 7, 2**70, (1, 2), float("nan")]:
    attempt(f"key {k!r}", lambda: json.dumps({k: 0}))
attempt("key sorted", lambda: json.dumps({2: 0, 1: 1}, sort_keys=True))

# Setting an attribute on a value of a built-in type: CPython's message says whether the type lacks the name, has
# it as a method, or as a computed or member attribute.
for o in [1, True, "a", [1], 1.5, None, (1,), {}, {1}, b"x", 2j, range(3)]:
    for n in ["x", "real", "append", "imag", "count", "start", "upper"]:
        try:
            setattr(o, n, 2)
        except AttributeError as e:
            print(type(o).__name__, n, e)
try:
    (5).x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".upper = None
except AttributeError as e:
    print("AttributeError:", e)

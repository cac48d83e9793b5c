# dir() at module level lists the bound globals, sorted; globals() maps them to their values, from anywhere.
zeta, alpha = 1, 2


def bind_late():
    global late
    late = "set in a function"
    return sorted(name for name in globals() if not name.startswith("__"))


print([name for name in dir() if not name.startswith("__")])
print(bind_late())
del zeta
print("zeta" in dir(), "late" in dir(), globals()["late"], globals()["alpha"])
try:
    raise KeyError("k")
except KeyError as err:
    print("err" in dir())
print("err" in dir(), "err" in globals())

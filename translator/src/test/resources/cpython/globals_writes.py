# Writing through globals() creates and rebinds module globals, at module level and from functions; the dict
# globals() returns reads the globals as they are when it is called.
counter = 0


def bump():
    return counter + 1


def greet():
    return "hello"


globals()["counter"] = 10
print(counter, bump())
globals()["fresh"] = "created through globals()"
print(fresh)
for i, name in enumerate(["alpha", "beta", "gamma"]):
    globals()[name] = i * i
print(alpha, beta, gamma)
globals()["greet"] = lambda: "replaced"
print(greet())


def set_from_function(value):
    globals()["from_function"] = value
    globals()["counter"] = counter + value


set_from_function(5)
print(from_function, counter, bump())
g = globals()
g.update(updated=1, counter=100)
print(updated, counter, g.setdefault("counter", -1), g.setdefault("defaulted", 7), defaulted)
print(g.pop("updated"), "updated" in globals())
try:
    print(updated)
except NameError as e:
    print("NameError:", e)
del globals()["fresh"]
try:
    print(fresh)
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in globals() if not k.startswith("__")))
counter = -1
print(globals()["counter"], g is globals(), len([k for k in globals() if not k.startswith("__")]))
try:
    print(never_bound)
except NameError as e:
    print("NameError:", e)
print([n for n in dir() if not n.startswith("__")] == sorted(k for k in globals() if not k.startswith("__")))

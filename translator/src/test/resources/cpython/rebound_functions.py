"""Module functions rebound by statements other than an assignment: calls must reach the new binding."""
import contextlib


def step(x):
    return x + 1


def label(x):
    return f"label {x}"


def shout(x):
    return str(x).upper()


def pick(x):
    return "function"


print(step(1), label(2), shout("a"), pick(0))
for step in (abs, str):
    print(step(-3))
label, shout = shout, label
print(label("b"), shout("c"))


@contextlib.contextmanager
def opened():
    yield len


with opened() as pick:
    print(pick("four"))
try:
    raise KeyError("k")
except KeyError as step:
    print(repr(step))
try:
    print(step(1))
except NameError as e:
    print("NameError:", e)

# match against dotted constants (enum members, class attributes), with guards and alternatives.
from enum import Enum


class Light(Enum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


class Limits:
    LOW = 10
    HIGH = 100


def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.AMBER
        case Light.AMBER:
            return Light.RED


def classify(value):
    match value:
        case Limits.LOW | Limits.HIGH:
            return "at a limit"
        case int(n) if n < Limits.LOW:
            return "below"
        case int(n) if n > Limits.HIGH:
            return "above"
        case int():
            return "within"
        case _:
            return "not an int"


light = Light.RED
for _ in range(4):
    print(light, "->", next_light(light))
    light = next_light(light)
for v in [5, 10, 50, 100, 500, "x", 10.0]:
    print(repr(v), classify(v))


def parse(token):
    match token:
        case {"op": "+" | "-" as op, "args": [left, right]}:
            return f"({left} {op} {right})"
        case {"op": op, "args": [*args]} if args:
            return f"{op}({', '.join(map(str, args))})"
        case {"op": op}:
            return f"{op}()"
        case (x, y) | [x, y, _]:
            return f"pair {x},{y}"
        case str() | bytes():
            return "text"
        case None:
            return "none"


for t in [{"op": "+", "args": [1, 2]}, {"op": "max", "args": [3, 1, 2]}, {"op": "now", "args": []},
          {"op": "pi"}, (1, 2), [3, 4, 5], "s", b"b", None, 42]:
    print(t, "=>", parse(t))

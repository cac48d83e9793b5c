"""A traceback through the test of an elif and the guard of a match case: CPython reports the line of that elif
or case, not the line of the if or match that starts the chain."""


def classify(x):
    if x is None:
        return "none"
    elif x > 10:
        return "big"
    elif len(x) > 3:
        return "long"
    return "other"


def describe(point):
    match point:
        case (x, y) if x > y:
            return "falling"
        case (x, y) if classify(x) == "big":
            return "far"
        case _:
            return "near"


for value in [None, 20]:
    print(value, classify(value))
for p in [(3, 1), (20, 30), (1, 4)]:
    print(p, describe(p))

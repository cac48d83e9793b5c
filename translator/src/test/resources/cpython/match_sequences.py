# match with sequence patterns: fixed length, star captures, nesting and type checks.

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"pair: {x}, {y}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


for s in [[], [1], [1, 2], [1, 2, 3], (4, 5, 6, 7), range(3)]:
    print(s, "->", shape(s))

print("strings are not sequences for match:", shape("ab"))


def kind(obj):
    match obj:
        case [int(), int()]:
            return "two ints"
        case [str(), *_]:
            return "starts with a string"
        case (0, 0):
            return "origin"
        case [(a, b), (c, d)]:
            return f"two pairs summing to {a + b + c + d}"
        case [_, _, *rest] if len(rest) > 2:
            return f"long, rest has {len(rest)}"
        case str():
            return "a string"
        case _:
            return "something else"


for o in [[1, 2], (0, 0), ["a", 1], [(1, 2), (3, 4)], [1, 2, 3, 4, 5], "ab", [1.0, 2], {"a": 1}]:
    print(repr(o), "->", kind(o))


def evaluate(expr):
    match expr:
        case ["+", left, right]:
            return evaluate(left) + evaluate(right)
        case ["*", left, right]:
            return evaluate(left) * evaluate(right)
        case ["-", operand]:
            return -evaluate(operand)
        case int() | float() as number:
            return number
        case _:
            raise ValueError(f"bad expression {expr!r}")


print(evaluate(["+", 1, ["*", 2, 3]]))
print(evaluate(["-", ["+", 2.5, 0.5]]))
try:
    evaluate(["/", 1, 2])
except ValueError as e:
    print("ValueError:", e)

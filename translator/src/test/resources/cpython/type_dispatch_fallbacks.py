"""Operations on values of unknown type, each type in turn: numbers, containers and wrong types."""

values = [0, -7, 2**70, -(2**63), True, False, 2.5, -0.0, 1 + 2j, "", "xy", None,
          [1], (2,), {3: 4}, {5}, frozenset({6}), range(3)]


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:  # every error is printed with its message
        print(label, type(e).__name__, e)


for v in values:
    name = type(v).__name__
    attempt(f"-{name}", lambda: -v)
    attempt(f"+{name}", lambda: +v)
    attempt(f"abs {name}", lambda: abs(v))
    attempt(f"bool {name}", lambda: bool(v))
    attempt(f"hash {name}", lambda: hash(v) == hash(v))
    attempt(f"float {name}", lambda: float(v))
    attempt(f"int {name}", lambda: int(v))
    attempt(f"round {name}", lambda: round(v))
    attempt(f"in {name}", lambda: 1 in v)
    attempt(f"str in {name}", lambda: "x" in v)
    attempt(f"* {name}", lambda: v * 2)
    attempt(f"complex+ {name}", lambda: (1j + v))


for t in [[0, 1], {0: 1}, (0, 1), "ab", None, 3]:
    try:
        t[0] = 5
        print("assigned", t)
    except TypeError as e:
        print("TypeError", e)

for t in [[0, 1], {0: 1}, (0, 1), "ab"]:
    try:
        del t[0]
        print("deleted", t)
    except TypeError as e:
        print("TypeError", e)

d = {"a": 1, "b": 2}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), reversed([1, 2]),
           reversed("ab")):
    print(type(it).__name__, list(it))
print(type(NotImplemented).__name__)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

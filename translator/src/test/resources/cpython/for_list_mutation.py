"""A for loop over a list walks it by index: appends, removals and clears during the loop show as in CPython."""


def grow(xs: list[int]) -> list[int]:
    seen = []
    for x in xs:
        seen.append(x)
        if x < 3:
            xs.append(x + 10)
    return seen


def shrink(xs: list[int]) -> list[int]:
    seen = []
    for x in xs:
        seen.append(x)
        if x % 2 == 0:
            xs.remove(x)
    return seen


def rebound(xs: list[float]) -> list[float]:
    seen = []
    for x in xs:
        seen.append(x)
        xs = [0.0]
    return seen


def cleared(xs: list[str]) -> list[str]:
    seen = []
    for x in xs:
        seen.append(x)
        if x == "b":
            xs.clear()
    return seen


def replaced(xs: list[object]) -> list[object]:
    seen = []
    for x in xs:
        seen.append(x)
        if len(seen) == 1:
            xs[1] = "swapped"
            xs[2:] = [1.5, 2.5, 3.5]
    return seen


def nested(rows: list[list[int]]) -> int:
    total = 0
    for row in rows:
        for v in row:
            total += v
        rows[-1].append(total) if len(rows[-1]) < 4 else None
    return total


print(grow([1, 2, 5]))
print(shrink([2, 4, 5, 6, 7, 8]))
print(rebound([1.0, 2.0, 3.0]))
print(cleared(["a", "b", "c"]))
print(replaced([0, 1, 2]))
print(nested([[1, 2], [3]]))
for v in (1, 2), {"k": 1, "j": 2}, "ab", range(2), (x * 2 for x in [4, 5]), {7}:
    print([w for w in v], end=" ")
    for w in v:
        print(w, end=" ")
    print()
try:
    for v in 5:
        print(v)
except TypeError as e:
    print("TypeError:", e)

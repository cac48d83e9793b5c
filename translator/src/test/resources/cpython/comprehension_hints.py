# Comprehensions computing on items of hinted lists: typed while the items have their hinted types, exact when
# the hints lie (floats, bools, big ints, strs), when a free variable is rebound while a generator is suspended,
# and past 64 bits.


def diffs(values: list[int]) -> list:
    return [values[i] - values[i - 1] for i in range(1, len(values))]


print(diffs([1, 4, 9, 16]), diffs([1.5, 2, 4.25]), diffs([True, False, 3]))
print(diffs([2**63 - 1, -1, -2**63, 5]), diffs([10**30, 1]))
try:
    diffs(["a", "b"])
except TypeError as e:
    print("TypeError:", e)


def doubled(grid: list[list[int]]) -> list:
    return [[x * 2 + 1 for x in row] for row in grid]


print(doubled([[1, 2], [3]]), doubled([[0.5], [True]]), doubled([[2**62]]))


def lazy(values: list[int]):
    g = (values[i] * 3 for i in range(len(values)))
    first = next(g)
    values = [0.5, 1.5, 2.5]
    return first, list(g)


print(lazy([1, 2, 3]))


def pairs(values: list[float], scale: float):
    return {i: values[i] * scale - values[i - 1] for i in range(1, len(values))}


print(pairs([1.0, 2.5, 4.0], 2.0), pairs([1, 2, 3], 0.5), pairs([1.0, None], 1.0) if False else "skip")
try:
    pairs([1.0, None], 1.0)
except TypeError as e:
    print("TypeError:", e)
print(sum(x - 1 for x in [5, 6, 7]), [v % 3 for v in [7, -7, 7.5]])

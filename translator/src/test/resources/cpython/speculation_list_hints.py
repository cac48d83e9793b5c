"""Hinted list items (list[float], list[int], list[list[int]]) that do not hold what the hint says."""


def total_of(v: list[float]) -> float:
    total = 0.0
    for j in range(len(v)):
        total += v[j]
    return total


def plus_of(v: list[float]) -> float:
    total = 0.0
    for j in range(len(v)):
        total = total + v[j]
        if total > 100.0:
            total = 100.0
    return total


def weighted(v: list[float]) -> float:
    total = 0.0
    for j in range(len(v)):
        total += 2.0 * v[j]
    return total


def first_and_last(v: list[float]):
    first = v[0]
    last = v[-1]
    return first, last


def neighbours(grid: list[list[int]], r: int, c: int) -> int:
    up = grid[r - 1]
    row = grid[r]
    n = up[c] + row[c - 1] + row[c + 1]
    if n == 3 or n > 10:
        return n
    return n * 2


def largest_gap(primes: list[int]):
    best = 0
    at = 0
    for i in range(1, len(primes)):
        gap = primes[i] - primes[i - 1]
        if gap > best:
            best = gap
            at = primes[i - 1]
    return best, at


def squares(xs: list[int]) -> int:
    acc = 0
    for x in xs:
        acc = acc + x * x
    return acc


def after_empty_loop(xs: list[float]) -> float:
    for x in xs:
        pass
    y = x + 1.0
    return y


class Half:
    def __radd__(self, other):
        return "radd(" + repr(other) + ")"

    def __rmul__(self, other):
        return 0.5


print(total_of([1.0, 2.5, 3.0]))
print(total_of([1, 2, 3]))
print(total_of([1, 2.5, True]))
print(total_of([]))
print(plus_of([50.0, 60, 70.0]))
try:
    print(plus_of([1.0, 2.0, "x", 4.0]))
except TypeError as e:
    print("TypeError:", e)
print(total_of([1.0, Half()]))
try:
    print(plus_of([1.0, Half(), 2.0]))
except TypeError as e:
    print("TypeError:", e)
print(weighted([1.0, Half(), 2.0]))
print(weighted([1, 2]))
print(first_and_last([1.5, 2, 3]))
print(first_and_last([None, "end"]))
try:
    first_and_last([])
except IndexError as e:
    print("IndexError:", e)

grid = [[0, 1, 0], [1, 1, 1], [0, 1, 0]]
print(neighbours(grid, 1, 1))
print(neighbours(grid, 0, 1))
print(neighbours([[5, 5, 5], [5, 5, 5]], 1, 1))
print(neighbours([[2 ** 62, 0], [2 ** 62, 0, 2 ** 62]], 1, 1))
print(neighbours([[0.5, 1], [1, 1, 1]], 1, 1))
print(neighbours([[True, 1], [1, True, 1]], 1, 1))
try:
    neighbours([[0, 1], [1, 1]], 1, 1)
except IndexError as e:
    print("IndexError:", e)

print(largest_gap([2, 3, 5, 7, 11, 13, 17, 19, 23, 29]))
print(largest_gap([2, 3, 10 ** 30, 10 ** 30 + 7, -(2 ** 63), 2 ** 63 - 1]))
print(largest_gap([1, 2.5, 7]))
print(squares([1, 2, 3]))
print(squares([2 ** 40, 2 ** 40]))
print(squares([1, 0.5, 2]))
print(after_empty_loop([1.0, 2.0]))
try:
    after_empty_loop([])
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

"""Dynamic values (list items, untyped parameters) meeting typed ints and floats in comparisons and calls."""


def compare_items(items, k: int, x: float) -> None:
    for v in items:
        print(repr(v), v == k, v != k, v < k, v >= k, v == x, v > x, k < v, x >= v)


def first_over(items, limit: int) -> int:
    i = 0
    while items[i] <= limit:
        i += 1
    return i


def checked(items) -> None:
    for probe in (3, 2.5):
        try:
            print(items[0] < probe)
        except TypeError as e:
            print("TypeError:", e)


def halve(x: float) -> float:
    return x / 2


compare_items([1, 2, 3, 2.0, 2.5, True, False, 2 ** 70, -2 ** 70, float("nan"), float("inf")], 2, 2.0)
print(first_over([1, 5, 9, 20, 50], 9), first_over([0.5, 1.5, 9.5], 1), first_over([False, True, 2], 1))
checked(["text"])
checked([None])
checked([4])
print(halve(3), halve(3.0), halve(True), halve(10 ** 20), [halve(v) for v in (1, 2.0)])


class Log:
    def __init__(self) -> None:
        self.lines = []

    def append(self, line) -> None:
        print("Log.append", line)
        self.lines.append(line)


def containers(n: int) -> None:
    from collections import deque
    grid = [[0] * 3 for _ in range(2)]
    table = {0: {}, 1: {}}
    mixed = [{}, [0, 0]]
    for i in range(n):
        grid[i % 2][i % 3] = i
        table[i % 2][i] = i * i
        mixed[i % 2][i % 2] = i
    print(grid, table, mixed, grid[1][2], table[1][1], mixed[0][0])
    counts = [0] * 3
    for i in range(n):
        counts[i % 3] += i
        grid[i % 2][0] -= 1
        table[i % 2][i] *= 2
        mixed[0][0] += 0.5
    counts[-1] **= 2
    print(counts, grid, table, mixed)
    sinks = [[], deque(), Log()]
    for sink in sinks:
        sink.append(n)
        sink.append(grid[0][1])
    print(sinks[0], sinks[1], sinks[2].lines)
    try:
        grid[5][0] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        table[7][0] = 1
    except KeyError as e:
        print("KeyError:", e)


containers(5)

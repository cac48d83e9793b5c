"""Neighbour reads over rows of int lists while something else changes the very rows being read: user code run by
an item's __add__ or __bool__ (appending to a row, replacing its items with floats, popping it shorter), stores of
floats and big ints into a row the loop reads, and an output row that is the input row itself."""


class Noisy:
    """An int-like item whose arithmetic and truth change the rows around it."""

    def __init__(self, value: int, grid: list[list[int]], action: str) -> None:
        self.value = value
        self.grid = grid
        self.action = action

    def _act(self) -> None:
        if self.action == "append":
            self.grid[0].append(100)
        elif self.action == "floats":
            self.grid[0][:] = [0.5] * len(self.grid[0])
        elif self.action == "pop":
            if len(self.grid[0]) > 2:
                self.grid[0].pop()
        elif self.action == "big":
            self.grid[0][1] = 2 ** 70

    def __add__(self, other):
        self._act()
        return self.value + other

    def __radd__(self, other):
        self._act()
        return other + self.value

    def __bool__(self) -> bool:
        self._act()
        return self.value != 0

    def __repr__(self) -> str:
        return f"Noisy({self.value})"


def sums(grid: list[list[int]]) -> list[int]:
    out = []
    up = grid[0]
    row = grid[1]
    for c in range(len(row)):
        left = (c - 1) % len(row)
        right = (c + 1) % len(row)
        try:
            out.append(up[left] + up[c] + up[right] + row[left] + row[right])
        except IndexError as e:
            out.append(f"IndexError {e}")
    return out


def alive(grid: list[list[int]]) -> list[int]:
    out = []
    up = grid[0]
    row = grid[1]
    for c in range(len(row)):
        n = up[c] + row[c]
        if n == 2 or (n == 1 and row[c]):
            out.append(c)
    return out


def into_itself(grid: list[list[int]], value) -> list[list[int]]:
    row = grid[0]
    for c in range(len(row)):
        n = row[c - 1] + row[c]
        if n >= 1:
            grid[0][c] = value
    return grid


def widen(grid: list[list[int]]) -> list[int]:
    out = []
    row = grid[0]
    for c in range(len(row)):
        out.append(row[c] + row[-1])
        if c == 1:
            row[2] = 2.5
        if c == 2:
            row[3] = 2 ** 64
    return out


for action in ("append", "floats", "pop", "big"):
    g = [[1, 2, 3, 4], [0, 0, 0, 0]]
    g[1][2] = Noisy(5, g, action)
    print(action, sums(g), g[0])

for action in ("append", "floats", "pop", "big"):
    g = [[1, 0, 1, 1], [1, 1, 0, 0]]
    g[1][1] = Noisy(1, g, action)
    try:
        print(action, alive(g), g[0])
    except IndexError as e:
        print(action, "IndexError", e, g[0])

print(into_itself([[1, 0, 0, 0]], 1))
print(into_itself([[1, 0, 0, 0]], 0.5))
print(into_itself([[0, 1, 0, 0]], 2 ** 65))
try:
    into_itself([[1, 0, 0, 0]], "x")
except TypeError as e:
    print("TypeError", e)
print(widen([[1, 2, 3, 4, 5]]))
shared = [1, 1, 0, 1]
print(alive([shared, shared]))
print(sums([[1, 2, 3], [4, 5, 6]]), sums([[1, 2], [4, 5, 6]]), sums([[1, 2 ** 63 - 1, 1], [0, 0, 0]]))

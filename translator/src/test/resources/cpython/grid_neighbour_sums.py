"""Sums of a cell's neighbours in a grid of int lists, where the typed path meets what it must hand over: sums
past 64 bits, a big int or a float in a row, a row replaced by a tuple or a dict, negative indices, and rows
changed while the loop reads them."""


def neighbours(grid: list[list[int]]) -> list[list[int]]:
    rows = len(grid)
    cols = len(grid[0])
    out = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        up = grid[(r - 1) % rows]
        row = grid[r]
        down = grid[(r + 1) % rows]
        for c in range(cols):
            left = (c - 1) % cols
            right = (c + 1) % cols
            n = (up[left] + up[c] + up[right] + row[left] + row[right]
                 + down[left] + down[c] + down[right])
            out[r][c] = n
    return out


def edges(grid: list[list[int]]) -> int:
    total = 0
    for r in range(len(grid)):
        row = grid[r]
        total += row[-1] + row[0] - row[-2]
    return total


def mutating(grid: list[list[int]]) -> list[int]:
    sums = []
    for r in range(len(grid)):
        row = grid[r]
        for c in range(len(row)):
            s = row[c] + row[c - 1]
            if s > 3:
                row[c] = 10 ** 20
            sums.append(s)
    return sums


small = [[1, 0, 1], [0, 1, 1], [1, 1, 0]]
print(neighbours(small))
big = [[2 ** 62, 2 ** 62, 2 ** 62], [2 ** 62, 1, 2 ** 62], [0, 0, 0]]
print(neighbours(big))
mixed = [[1, 2, 3], [4, 10 ** 30, 6], [7, 8.5, 9]]
print(neighbours(mixed))
shaped = [[1, 2, 3], (4, 5, 6), [7, 8, 9]]
print(neighbours(shaped))
keyed = [[1, 2, 3], {0: 1, 1: 2, 2: 3, -1: 4}, [7, 8, 9]]
try:
    print(neighbours(keyed))
except KeyError as e:
    print("KeyError", e)
print(edges([[1, 2, 3], [4, 5, 6], [-(2 ** 63), 0, 2 ** 63 - 1]]))
print(mutating([[1, 2, 3], [3, 1, 0]]))
try:
    neighbours([[1, 2], [3, "x"]])
except TypeError as e:
    print("TypeError", e)
try:
    neighbours([[1, 2, 3], [4, 5]])
except IndexError as e:
    print("IndexError", e)

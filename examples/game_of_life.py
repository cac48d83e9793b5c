"""Conway's Game of Life on a torus, seeded from a fixed pattern; prints population history and a checksum."""
import sys


def step(grid: list[list[int]]) -> list[list[int]]:
    rows = len(grid)
    cols = len(grid[0])
    result = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        up = grid[(r - 1) % rows]
        row = grid[r]
        down = grid[(r + 1) % rows]
        for c in range(cols):
            left = (c - 1) % cols
            right = (c + 1) % cols
            n = (up[left] + up[c] + up[right] + row[left] + row[right]
                 + down[left] + down[c] + down[right])
            if n == 3 or (n == 2 and row[c]):
                result[r][c] = 1
    return result


def seed(rows: int, cols: int) -> list[list[int]]:
    grid = [[0] * cols for _ in range(rows)]
    state = 1
    for r in range(rows):
        for c in range(cols):
            state = (state * 48271) % 2147483647
            grid[r][c] = 1 if state % 7 < 2 else 0
    glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
    for dr, dc in glider:
        grid[1 + dr][1 + dc] = 1
    return grid


def population(grid: list[list[int]]) -> int:
    return sum(sum(row) for row in grid)


def main(size: int, generations: int) -> None:
    grid = seed(size, size)
    history = [population(grid)]
    for _ in range(generations):
        grid = step(grid)
        history.append(population(grid))
    print("population every 20 generations:", history[::20])
    print("min/max population:", min(history), max(history))
    checksum = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell:
                checksum = (checksum + (r + 1) * 1009 + (c + 1) * 7) % 1_000_003
    print("final checksum:", checksum)
    for row in grid[:8]:
        print("".join("#" if cell else "." for cell in row[:48]))


main(128, int(sys.argv[1]) if len(sys.argv) > 1 else 500)

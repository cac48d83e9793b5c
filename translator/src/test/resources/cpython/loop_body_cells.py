"""Loops whose bodies run loops and read a local that a comprehension or lambda also reads (a cell): the body reads
the function's typed copy of it, which always holds the cell's value."""


def life_step(grid: list[list[int]]) -> list[list[int]]:
    rows = len(grid)
    cols = len(grid[0])
    result = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        up = grid[(r - 1) % rows]
        row = grid[r]
        for c in range(cols):
            n = up[(c - 1) % cols] + up[c] + up[(c + 1) % cols] + row[(c - 1) % cols] + row[(c + 1) % cols]
            if n == 2 or (n == 1 and row[c]):
                result[r][c] = 1
    return result


def scaled(values: list[float], times: int) -> list[float]:
    factor = len(values) * 0.5
    doubled = [w * factor for w in values]
    out = []
    for t in range(times):
        acc = 0.0
        for v in doubled:
            acc += v * factor + t
        out.append(acc)
    return out


def body_comprehension(n: int) -> list[list[int]]:
    width = n + 1
    base = [width * i for i in range(n)]
    out = []
    for i in range(n):
        # the body makes a scope of its own that reads the cell: it stays inline
        out.append([width + j for j in range(i)])
        for b in base:
            width = width + 0
    return out


def rebound_by_inner(n: int) -> list[int]:
    count = 0

    def bump() -> None:
        nonlocal count
        count += 1

    seen = []
    for i in range(n):
        for j in range(i):
            bump()
        seen.append(count)
    return seen


def late_lambda(n: int) -> list[int]:
    size = n * 2
    get = lambda: size
    out = []
    for i in range(n):
        total = 0
        for j in range(i):
            total += size + j
        out.append(total + get())
    return out


g = [[1 if (r * 7 + c * 3) % 5 < 2 else 0 for c in range(9)] for r in range(6)]
for _ in range(3):
    g = life_step(g)
print(g)
print(scaled([1.0, 2.5, -3.0], 4))
print(body_comprehension(4))
print(rebound_by_inner(5))
print(late_lambda(4))

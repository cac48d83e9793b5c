"""Outer loop bodies that run loops and carry locals from one iteration to the next and out of the loop."""


def checksums(rows: list[list[int]]) -> tuple:
    checksum = 0
    inside = 0
    total = 0.0
    for r in range(len(rows)):
        row = rows[r]
        inside += sum(row)
        for x in row:
            checksum = (checksum * 31 + x) % 1_000_000_007
            total += x / 2
    return checksum, inside, total


def growing(n: int) -> int:
    acc = 1
    for i in range(n):
        for _ in range(i % 3 + 1):
            acc = acc * 1_000_003 + i
    return acc


def changing(values: list, start) -> object:
    acc = start
    for v in values:
        for k in range(len(values) - 1):
            acc = acc + v
    return acc


def last_seen(rows: list[list[int]]) -> int:
    for row in rows:
        for x in row:
            last = x
    return last


def target_reused(n: int) -> int:
    hits = 0
    for _ in range(n):
        for _ in range(n + 1):
            hits += 1
    return _ * 100 + hits


def with_else(rows: list[list[int]]) -> str:
    best = -1
    for row in rows:
        for x in row:
            if x < 0:
                continue
            if x > 100:
                break
            best = max(best, x)
    else:
        best = best * 10
    return f"best={best}"


def param_carried(acc: int, rows: list[list[int]]) -> int:
    for row in rows:
        for x in row:
            acc += x
    return acc


def few_steps(n: int) -> tuple:
    # a body whose loops run a fixed few steps keeps its carried locals inline
    total = 0
    count = 0
    for i in range(n):
        for k in range(2):
            total += i * k
        count += 1
    return total, count


def flags(rows: list[list[int]]) -> tuple:
    seen_odd = False
    count = 0
    for row in rows:
        for x in row:
            if x % 2:
                seen_odd = True
        count += len(row)
    return seen_odd, count


def raises_inside_try(rows: list) -> int:
    acc = 0
    try:
        for row in rows:
            for x in row:
                acc += x
    except TypeError as e:
        print("  caught", e, "with acc", acc)
    finally:
        print("  finally acc", acc)
    return acc


def raises_out(rows: list) -> int:
    acc = 0
    for row in rows:
        for x in row:
            acc += x
    return acc


class Opened:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.log.append("exit")
        return True


def inside_with(rows: list) -> int:
    acc = 0
    log = []
    with Opened(log):
        for row in rows:
            for x in row:
                acc += x
    print("  with", log, acc)
    return acc


grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(checksums(grid))
print(checksums([]))
print(growing(5))
print(growing(0))
print(changing([1, 2.5, 3], 0))
print(changing([[1], [2]], []))
print(changing(["a", "b"], ""))
print(changing([2 ** 62, 1], 2 ** 62))
print(last_seen(grid))
try:
    print(last_seen([[], []]))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(target_reused(3))
try:
    print(target_reused(0))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(with_else([[3, -1, 7], [200, 9], [4]]))
print(with_else([]))
print(param_carried(10, grid))
print(param_carried(2 ** 63, grid))
print(few_steps(10))
print(few_steps(0))
print(flags(grid))
print(flags([[2, 4], []]))
print(raises_inside_try([[1, 2], [3, "x", 4], [5]]))
try:
    print(raises_out([[1, 2], [3, None]]))
except TypeError as e:
    print("TypeError:", e)
print(inside_with([[1, 2], [3, "x"]]))

"""Loops whose bodies run loops: bodies that only need values run as methods of their own, the others inline."""
import math


class Grid:
    def __init__(self, n: int) -> None:
        self.n = n
        self.cells = [[0.0] * n for _ in range(n)]

    def relax(self, sweeps: int, w: float) -> float:
        # a method: self and the typed parameters are passed to the body
        delta = 0.0
        for s in range(sweeps):
            for i in range(1, self.n - 1):
                row = self.cells[i]
                for j in range(1, self.n - 1):
                    v = (self.cells[i - 1][j] + self.cells[i + 1][j] + row[j - 1] + row[j + 1]) * 0.25
                    row[j] = row[j] + w * (v - row[j]) + s * 0.001
        for line in self.cells:
            delta += sum(line)
        return delta


def nested(points: list[tuple[float, float]], rounds: int) -> float:
    # tuple unpacking in the body, a break and a continue of the inner loop, an inner for-else
    acc = [0.0]
    for r in range(rounds):
        for (x, y) in points:
            if x < 0:
                continue
            d = math.sqrt(x * x + y * y) ** 0.5 + (x + r) ** 2 + abs(y) ** -1.5
            if d > 1e6:
                break
            acc[0] += d
        else:
            acc[0] += 0.5
    return acc[0]


def leaves_early(data: list[list[int]]) -> int:
    # a return and a break of the loop itself: the body stays inline
    found = 0
    for row in data:
        for v in row:
            if v == 7:
                return found
            found += v
        if found > 100:
            break
    return -found


def carried(rows: int) -> list[int]:
    # a local read before it is assigned in the body carries a value between iterations
    out = []
    last = 0
    for i in range(rows):
        for k in range(3):
            out.append(last + k)
        last = i * 10
    return out


def after_loop(rows: int) -> int:
    # a local the body assigns and the code after the loop reads
    t = -1
    for i in range(rows):
        t = 0
        for k in range(i):
            t += k
    return t


def raises(limit: int, bad: int) -> int:
    # exceptions leave the body's method as they leave the loop, and are caught inside it too
    total = [0]
    for i in range(limit):
        for k in range(3):
            try:
                if k == bad:
                    raise ValueError(f"bad {i} {k}")
                total[0] += 10 // (i - k)
            except ZeroDivisionError as e:
                print("caught", i, k, e)
        if total[0] > 1000:
            print("never")
    return total[0]


def unbound(flag: bool) -> int:
    if flag:
        u = 5
    s = [0]
    for i in range(2):
        for k in range(2):
            s[0] += u * k
    return s[0]


def mixed(n: int) -> object:
    # the hinted floats turn into ints and strs mid-loop; the body stays exact
    vals = [1.5, 2.5, 3.5]
    out = 0.0
    res = []
    for step in range(n):
        for i in range(len(vals)):
            a = vals[i] * 2
            b = a ** 2
            res.append(b)
        if step == 1:
            vals[0] = 7
        if step == 2:
            vals[1] = "ab"
    return res


g = Grid(6)
g.cells[2][3] = 10.0
print(f"{g.relax(4, 1.25):.9f}")
print(f"{nested([(1.0, 2.0), (-1.0, 0.0), (3.0, -4.0), (1e13, 1.0), (5.0, 5.0)], 3):.6f}")
print(f"{nested([(1.0, 2.0), (0.5, 0.25)], 2):.6f}")
print(leaves_early([[1, 2], [3, 4], [5, 7]]), leaves_early([[50, 60], [70]]), leaves_early([[1], [2]]))
print(carried(3))
print(after_loop(5), after_loop(0))
try:
    print(raises(5, 9))
    print(raises(5, 2))
except ValueError as e:
    print("ValueError:", e)
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    mixed(4)
except TypeError as e:
    print("TypeError:", e)
print(mixed(2))

"""Inner loops over a range that read list rows in place: aliasing, indices, storage kinds and stores that change them."""


def neighbours(grid: list[list[int]], out: list[list[int]]) -> list[int]:
    sums = []
    for r in range(len(grid)):
        up = grid[r - 1]
        row = grid[r]
        cols = len(row)
        for c in range(cols):
            right = (c + 1) % cols
            n = up[c - 1] + up[c] + row[c - 1] + row[right]
            if n >= 2 or (n == 1 and row[c]):
                out[r][c] = n
        sums.append(sum(out[r]))
    return sums


def smear(row: list[int], shift: int) -> list[int]:
    # the row read is the row written: each store is seen by the next read
    for c in range(1, len(row)):
        total = row[c - 1] + row[c] + shift
        row[c] = total
    return row


def window(row: list[int], out: list[int], lo: int, hi: int) -> list[int]:
    for c in range(lo, hi):
        x = row[c] * 2 + row[-1]
        out[c] = x
    return out


def scale(v: list[float], into: list[float], k: float) -> list[float]:
    for j in range(len(v)):
        x = v[j] * k + v[j - 1]
        into[j] = x
    return into


class Row:
    def __init__(self, items, spy=None):
        self.items = items
        self.spy = spy

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  get", i)
        return self.items[i]

    def __setitem__(self, i, v):
        print("  set", i, v)
        self.items[i] = v
        if self.spy is not None:
            self.spy.append(100)


def show(label, f, *args):
    try:
        print(label, f(*args))
    except IndexError as e:
        print(label, "IndexError:", e)


grid = [[1, 0, 1, 1], [0, 1, 1, 0], [1, 1, 0, 0]]
out = [[0] * 4 for _ in range(3)]
show("plain", neighbours, grid, out)
print(out)
alias = [[1, 1, 0, 1], [0, 1, 1, 1]]
show("aliased rows", neighbours, alias, alias)
print(alias)
show("float row", neighbours, [[1, 0.5, 1], [1, 1, 0]], [[0] * 3, [0] * 3])
show("big row", neighbours, [[1, 2 ** 70, 1], [1, 1, 0]], [[0] * 3, [0] * 3])
show("overflow", neighbours, [[2 ** 62, 2 ** 62, 1], [2 ** 62, 1, 0]], [[0] * 3, [0] * 3])
show("bool row", neighbours, [[True, False, True], [1, 1, 0]], [[0] * 3, [0] * 3])
show("empty rows", neighbours, [[], []], [[], []])
show("short row", neighbours, [[1, 1], [1, 1, 1]], [[0] * 3, [0] * 3])
show("object row", neighbours, [Row([1, 1, 0]), [1, 0, 1]], [[0] * 3, [0] * 3])
spy = [1, 1, 1, 1]
target = [Row([0, 0, 0, 0], spy), [0] * 4]
show("spying store", neighbours, [spy, [1, 1, 1, 1]], target)
print(spy, target[0].items)
show("smear", smear, [1, 2, 3, 4, 5], 1)
show("smear big", smear, [1, 2, 2 ** 62, 2 ** 62, 5], 0)
show("negative", window, [5, 6, 7, 8], [0] * 4, -4, 2)
show("too low", window, [5, 6, 7, 8], [0] * 4, -6, 2)
show("too high", window, [5, 6, 7, 8], [0] * 4, 2, 6)
show("empty", window, [], [0], 0, 1)
show("nothing", window, [], [], 0, 0)
show("scale", scale, [1.0, 2.0, 4.0], [0.0] * 3, 0.5)
show("scale nan", scale, [1.0, 2.0, 4.0], [0.0] * 3, float("nan"))
same = [1.0, 2.0, 4.0]
show("scale into itself", scale, same, same, 2.0)
inf_row = [1.0, 2.0, 3.0]
show("scale nan into itself", scale, inf_row, inf_row, float("nan"))
show("scale ints", scale, [1, 2, 3], [0.0] * 3, 0.5)
show("scale short", scale, [1.0, 2.0, 3.0], [0.0] * 2, 1.0)

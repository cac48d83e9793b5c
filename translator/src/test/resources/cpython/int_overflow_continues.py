# Typed int locals, parameters and results that pass 2**63 continue as big ints, as in CPython.


def total_of(xs: list[int]) -> int:
    total = 0
    for v in xs:
        total += v
    return total


def count_up(n: int, step: int) -> int:
    c = 9223372036854775800
    i = 0
    while i < n:
        c += step
        i += 1
    return c


def doubled(n: int) -> int:
    x = 3
    for _ in range(n):
        x = x + x
    return x


def nested(rows: int, cols: int) -> int:
    acc = 0
    for r in range(rows):
        for c in range(cols):
            acc += 1 << 60
    return acc


def weighted(xs: list[int], w: int) -> int:
    acc = 0
    for k in range(len(xs)):
        acc = acc + xs[k] * w - k
    return acc


def in_expression(a: int) -> int:
    t = 0
    t = (a * 4 + 1) // 3
    return t


class Meter:
    def __init__(self) -> None:
        self.readings = [2 ** 62, 2 ** 62, 2 ** 62]

    def total(self, scale: int) -> int:
        t = 0
        for r in self.readings:
            t += r * scale
        return t


def outer(n: int) -> int:
    def inner(k: int) -> int:
        s = 0
        for i in range(k):
            s = s + s + i
        return s
    return inner(n) + 1


big = 2 ** 62
print(total_of([big, big, -big, -big, 1]))
print(Meter().total(3))
print(outer(66))
print(total_of([big, big, big, 5]))
print(total_of([-big, -big, -big]))
print(count_up(20, 1))
print(doubled(70))
print(nested(10, 3))
print(weighted([3, 5, 7], 2 ** 61))
print(in_expression(2 ** 62))
i = 9223372036854775806
j = 0
while j < 4:
    i += 1
    j += 1
print(i)
m: int = 1
for q in range(1, 30):
    m = m + m * q
print(m)
w = 0
for a in range(3):
    for b in range(3):
        w += (a + 1) * 4611686018427387904
print(w, type(w).__name__)
print(total_of([1, 2, 3]), count_up(0, 1) - 9223372036854775800)

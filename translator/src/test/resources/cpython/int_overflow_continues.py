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


def product(xs: list[int]) -> int:
    p = 1
    for x in xs:
        p *= x
    return p


def squares(n: int, base: int) -> int:
    s = 0
    i = 0
    while i < n:
        s += (base + i) * (base + i)
        i += 1
    return s


def gen_sum(xs: list[int]):
    t = 0
    for v in xs:
        t += v
        yield t


def fib(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib2(n: int) -> int:
    a = 0
    b = 1
    for _ in range(n):
        c = a + b
        a = b
        b = c
    return a


def search(xs: list[int], key: int) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


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
print(product([2 ** 40, 2 ** 40, 3, -1]))
print(product([1, 2, 3]))
print(squares(5, 2 ** 31))
print(list(gen_sum([2 ** 62, 2 ** 62, 2 ** 62])))
print(fib(100), fib2(100))
print(search([1, 2 ** 62, 2 ** 63, 2 ** 64], 2 ** 63))

"""Int arithmetic on typed locals near the bounds where it runs without overflow checks, and past them."""


def tri(i: int, j: int) -> int:
    return (i + j) * (i + j + 1) // 2 + i + 1


def mixed(a: int, b: int) -> int:
    return (a * 3 - b) % 7 + (a - b) // 4 - (-a) * 2 + (b << 3) - (a >> 2)


def floors(a: int, b: int) -> int:
    return (a - b) % 8 * 1000 + (a - b) // 8 + (a * b) % 10 + (a * b) // 10 - (a + b) // 3 + (a + b) % 3


def weight(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def total(n: int) -> int:
    s = 0
    for i in range(n):
        for j in range(n):
            s += (i * j + i - j) % 5 * (i - j) // 2
    return s


def hinted(xs: list[int]) -> list[int]:
    out = []
    for x in xs:
        y = x * 3 - 7
        out.append(y * y // 4 - x % 3)
    return out


def lcg(seeds: list[int]) -> list[int]:
    out = []
    for i in range(len(seeds)):
        out.append((seeds[i] * 1103515245 + 12345) % 2147483648)
    return out


class Rng:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state


def draws(seed: int) -> list[int]:
    rng = Rng(0)
    rng.state = seed
    return [rng.next() for _ in range(3)]


EDGES = [0, 1, -1, 7, -7, 2 ** 30 - 1, 2 ** 30, -2 ** 30, -2 ** 30 - 1, 2 ** 31, -2 ** 31, 10 ** 9, -(10 ** 9)]
for a in EDGES:
    print(a, tri(a, 3), tri(3, a), mixed(a, 5), mixed(-5, a), floors(a, 11), floors(-11, a))
for a in EDGES:
    for b in EDGES:
        print(tri(a // 2, b // 2), mixed(a, b), floors(a, b), end=" ")
    print()
print(weight(0, 0), weight(3, 4), weight(2 ** 30, 2 ** 30), weight(-2, 1))
print(total(40), total(0))
print(hinted([0, 1, -1, 2 ** 31, -(2 ** 31), 10 ** 12, 2 ** 40, 2 ** 62, -(2 ** 63), 2 ** 100]))
print(tri(1.5, 2), tri(True, 2), mixed(2 ** 70, 3), floors(-(2 ** 80), 2 ** 64))
try:
    weight(-1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(lcg([0, 1, 2 ** 32 - 1, 2 ** 32, -(2 ** 32), -(2 ** 32) - 1, 2 ** 40, 2 ** 62, -(2 ** 63), 2 ** 70, 12345]))
print(lcg([True, 7]))
print(draws(7), draws(2 ** 32), draws(-(2 ** 32) - 1), draws(2 ** 62), draws(2 ** 80), draws(True), draws(2.5))
for a in (2 ** 59 - 1, 2 ** 59, -(2 ** 59), -(2 ** 59) - 1):
    print(mixed(a, 5), mixed(-5, a), mixed(a, a), mixed(a, -a))

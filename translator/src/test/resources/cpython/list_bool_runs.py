"""Lists of bools long enough to span many 64-item words: runs moved, reversed, sliced, repeated and sorted, and
lists of flags that take an item of another kind half-way."""


def flags(n: int, every: int) -> list[bool]:
    return [k % every == 0 for k in range(n)]


def show(xs: list) -> str:
    return "".join("1" if x is True else "0" if x is False else repr(x) for x in xs)


def moves() -> None:
    xs = flags(150, 3)
    xs[10:10] = flags(37, 2)
    print(len(xs), show(xs))
    del xs[5:70]
    print(len(xs), show(xs))
    xs[:65] = xs[64::-1]
    print(show(xs))
    xs.insert(1, False)
    print(xs.pop(100), xs.pop(0), show(xs))
    xs.extend(xs)
    print(len(xs), xs.count(True), xs.index(False), show(xs))
    del xs[::2]
    print(len(xs), show(xs))
    print(show(xs[3:140:5]), show(xs[::-7]))
    ys = [True, False, False] * 50
    print(len(ys), ys.count(False), show(ys[60:80]))
    ys.sort()
    print(ys.index(True), show(ys[95:105]))
    ys.sort(reverse=True)
    print(ys.index(False))
    ys.reverse()
    print(ys[:3], ys[-3:])


def comparisons() -> None:
    a = flags(130, 4)
    b = flags(130, 4)
    print(a == b, a < b, a + [True] > b)
    b[129] = True
    print(a == b, a < b)
    b[129] = False
    b.pop()
    a.pop()
    print(a == b, True in a, a.count(False), [False] * 70 == [0] * 70)


def kinds() -> None:
    sieve = [True] * 200
    for m in range(4, 200, 2):
        sieve[m] = False
    sieve[100] = 0
    print(sieve[98:103], sieve.count(False), sieve.count(0), type(sieve[100]).__name__)
    sieve[100] = None
    print(sieve[99:102], sum(1 for s in sieve if s))
    alias = sieve
    more = [False] * 80
    alias[:80] = more
    print(sieve is alias, sieve[78:82], sieve.count(True))
    flags2 = [False] * 100
    flags2.append(1.5)
    flags2 += [True] * 30
    print(flags2[98:103], len(flags2), flags2.count(True))
    grid = [[False] * 70 for _ in range(3)]
    grid[1][69] = True
    grid[2][0] = True
    print([row.index(True) if True in row else -1 for row in grid])


def big() -> None:
    n = 1_000_003
    bits = [False] * n
    for i in range(0, n, 7):
        bits[i] = True
    for i in range(n - 1, -1, -11):
        bits[i] = not bits[i]
    print(bits.count(True), bits[-5:], sum(bits[: n // 2]))
    half = bits[n // 2:]
    print(len(half), half.count(True), half == bits[n // 2:], bits[n // 2 + 1:] == half)


moves()
comparisons()
kinds()
big()

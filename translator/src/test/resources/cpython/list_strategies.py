"""Lists whose items change kind: ints, floats and bools mixed in by every list operation, big ints, NaN,
-0.0, and lists changed while a loop reads them."""


def squares(n: int) -> list[int]:
    xs = [0] * n
    for i in range(n):
        xs[i] = i * i
    return xs


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += x
    return s


def weighted(vs: list[float]) -> float:
    acc = 0.0
    for j in range(len(vs)):
        acc += vs[j] * (j + 1)
    return acc


def sieve(limit: int) -> list[int]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]


def ints_then_others() -> None:
    xs = squares(8)
    print(xs, total(xs))
    xs[3] = 2.5
    print(xs, total(xs))
    xs[4] = 10 ** 30
    print(total(xs), xs[4] - 1)
    ys = squares(5)
    ys.append(True)
    ys.insert(0, "zero")
    print(ys, ys.count(1), ys.index(True), ys.pop(0))
    zs = squares(4) + [0.5] + [None]
    print(zs, zs[-2:], zs[::-1])
    big = [2 ** 62, 2 ** 62]
    big[0] += big[1]
    print(big, big[0] * 2, sum(big))
    neg = list(range(-3, 3))
    neg.sort(reverse=True)
    print(neg, neg.index(-3), -3 in neg, 3 in neg, 2.0 in neg)


def floats_and_bools() -> None:
    vs = [0.5] * 4
    print(weighted(vs))
    vs[2] = 3
    print(vs, weighted(vs))
    nan = float("nan")
    fs = [1.5, 2.5]
    fs.append(nan)
    print(fs, nan in fs, fs.count(nan), fs == fs, [nan] == [nan], [float("nan")] == [float("nan")])
    print(fs.index(nan), fs[2] is nan, fs[2] == fs[2])
    zs = [0.0, -0.0, -1.0, 2.5]
    zs.sort()
    print(zs)
    zs.sort(reverse=True)
    print(zs)
    flags = [True] * 10
    flags[::3] = [False] * 4
    print(flags, flags.count(False), sum(flags), flags.index(False, 1))
    flags[1:3] = [0, 1]
    print(flags, sum(flags))
    same = [1, 1.0, True]
    print(same, same.count(True), same.index(1.0), [1, 2] == [1.0, 2.0], [1, 0] == [True, False])
    print([True, False] * 2, [0.25] * 3, [1, 2] * 0)
    mixed = [3, True, 2.5, False]
    mixed.sort()
    print(mixed)
    mixed.reverse()
    print(mixed, mixed[::2])


def slices_and_extends() -> None:
    perm = list(range(7))
    for first in (3, 6, 2, 4):
        perm[:first + 1] = perm[first::-1]
        print(perm)
    perm[2:5] = [9.5]
    print(perm)
    perm[:] = [True, False, True]
    print(perm, perm.count(True))
    perm[1:1] = [7, 8]
    print(perm)
    del perm[::2]
    print(perm)
    a = [1, 2]
    a.extend(a)
    a.extend([0.5, True])
    a.extend(x * 2 for x in range(3))
    a += ["s"]
    print(a)
    b = [1, 2, 3]
    b *= 2
    b[::2] = [True, False, None]
    print(b)
    try:
        b[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    c = [5, 6]
    c.insert(-100, 4)
    c.insert(100, 7.0)
    print(c, c.pop(), c.pop(0), c)
    try:
        [].pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        c.pop(9)
    except IndexError as e:
        print("IndexError:", e)
    try:
        c.index(99)
    except ValueError as e:
        print("ValueError:", e)
    try:
        c.remove(99)
    except ValueError as e:
        print("ValueError:", e)


def changed_while_iterating() -> None:
    xs = [1, 2, 3]
    for x in xs:
        if x < 3:
            xs.append(x + 0.5)
    print(xs)
    ys = [True, False, True]
    for y in ys:
        if y:
            ys.remove(y)
    print(ys)
    zs = [1, 2, 3, 4]
    for z in zs:
        zs.pop(0)
    print(zs)


def bad_calls() -> None:
    xs = [1, 2]
    calls = (lambda: xs.insert(1), lambda: xs.extend(), lambda: xs.count(), lambda: xs.reverse(1),
             lambda: xs.index(), lambda: xs.pop(1, 2), lambda: xs.insert("a", 1), lambda: xs.pop("0"),
             lambda: xs.remove(), lambda: xs.copy(3), lambda: xs.clear(4), lambda: xs.index(1, 0, 2, 9))
    for call in calls:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(xs, xs.pop(True), xs.index(1, False), xs)


ints_then_others()
floats_and_bools()
slices_and_extends()
changed_while_iterating()
bad_calls()
primes = sieve(100)
print(len(primes), primes[-5:], sum(primes))

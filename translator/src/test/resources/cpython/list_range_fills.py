"""Loops that store one value at every index of a range, and the cases that must store item by item."""


class Logged:
    def __init__(self, n):
        self.items = [0] * n

    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v


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


def fills(n: int) -> None:
    ints = [1] * n
    for i in range(0, n, 3):
        ints[i] = 7
    floats = [0.5] * n
    for i in range(n - 1, -1, -2):
        floats[i] = 2.5
    nan = float("nan")
    for i in range(0, n, 4):
        floats[i] = nan
    print(ints, floats)
    k = 9
    for i in range(1, n, 2):
        ints[i] = k
    print(ints)
    mixed = [1] * n
    for i in range(0, n, 2):
        mixed[i] = True
    print(mixed)
    for i in range(0, n, 2):
        mixed[i] = 2.5
    print(mixed)
    words = ["a"] * n
    for i in range(0, n, 3):
        words[i] = 0
    print(words)
    tail = [0] * n
    for i in range(-3, 0, 1):
        tail[i] = 5
    print(tail)
    for i in range(n, n, 1):
        tail[i] = 6
    for i in range(0, n, 2 ** 62):
        tail[i] = 8
    print(tail)
    short = [False] * n
    try:
        for i in range(1, n + 4, 2):
            short[i] = True
    except IndexError as e:
        print("IndexError:", e, short)
    try:
        for i in range(-n - 2, 0, 3):
            short[i] = True
    except IndexError as e:
        print("IndexError:", e, short)
    logged = Logged(n)
    for i in range(0, n, 3):
        logged[i] = 1
    print(logged.items)
    not_list = (1, 2, 3)
    try:
        for i in range(0, 3, 1):
            not_list[i] = 0
    except TypeError as e:
        print("TypeError:", e)


primes = sieve(100)
print(len(primes), primes[-5:], sum(primes))
fills(10)

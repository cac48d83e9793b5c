"""A loop over a list of ints, as in a checksum over primes, while the list changes under it.

The loop variable comes from a list hinted to hold ints; items that are floats or big ints partway, appends and a
clear during the loop, and a loop variable rebound in the body must all show as in CPython.
"""
MOD = 2 ** 61 - 1


def numbers(n: int) -> list[int]:
    return [k * 7919 for k in range(n)]


def checksum(xs: list[int]) -> int:
    total = 0
    for p in xs:
        total = (total + p * p) % MOD
    return total


def with_float(xs: list[int]) -> object:
    total = 0
    for p in xs:
        total = (total + p * p) % MOD
    return total


def appended(xs: list[int]) -> tuple[int, int]:
    total = 0
    for p in xs:
        total = (total + p * p) % MOD
        if p < 3 * 7919:
            xs.append(p + 5 * 7919 + 1)
    return total, len(xs)


def cleared(xs: list[int]) -> tuple[int, list[int]]:
    total = 0
    for p in xs:
        total = (total + p * p) % MOD
        if p == 2 * 7919:
            xs.clear()
    return total, xs


def rebound(xs: list[int]) -> tuple[int, object]:
    total = 0
    for p in xs:
        total = (total + p * p) % MOD
        p = p * 2 ** 40
        total = (total + p) % MOD
    return total, p


def retyped(xs: list[int]) -> object:
    total = 0
    for p in xs:
        total = (total + p * p) % MOD
        if p == 1:
            xs[2] = 2.5
            xs[3] = 2 ** 70
            xs.append(0.5)
        if len(xs) < 8 and p != 1:
            xs.append(-p)
    return total


def flags_walk(limit: int) -> list[int]:
    flags = [True] * limit
    flags[0] = flags[1] = False
    for k in range(4, limit, 2):
        flags[k] = False
    return [n for n in range(limit) if flags[n]]


def flags_mixed(flags: list[object]) -> list[int]:
    return [n for n in range(len(flags)) if flags[n]]


print(checksum(numbers(50)))
print(checksum([]))
print(checksum([2 ** 31, -(2 ** 31), 3037000500, -3037000500]))
xs = numbers(6)
xs[3] = 1.5
print(with_float(xs))
xs = numbers(6)
xs[2] = 2 ** 64
print(with_float(xs))
try:
    with_float([1, 2, "three", 4])
except TypeError as e:
    print("TypeError:", e)
print(appended(numbers(5)))
print(cleared(numbers(5)))
print(rebound(numbers(4)))
print(retyped([0, 1, 2, 3, 4]))
print(flags_walk(40))
print(flags_mixed([True, 0, 1, None, 2.0, 0.0, "", "a", [], [0], 2 ** 80, False]))

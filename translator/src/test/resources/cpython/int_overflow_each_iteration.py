# Typed int arithmetic that passes 64 bits on every iteration: each statement is recomputed exactly with big ints,
# and the locals keep CPython's values, whether the result fits again or stays big.


def modular(xs: list[int], m: int, rounds: int):
    acc = 1
    for r in range(rounds):
        for x in xs:
            acc = acc * x % m
    return acc


def growing(xs: list[int], rounds: int):
    acc = 1
    for r in range(rounds):
        for x in xs:
            acc = acc * x + 1
    return acc


def shifting(bits: list[int]):
    acc = 0
    for b in bits:
        acc = (acc << 1) | b
    return acc


print(modular([3 ** 39, 5 ** 27, 7 ** 22], 1000000007, 2000))
print(modular([3 ** 39, 2, 2 ** 62], 2 ** 61 - 1, 3), modular([1, 2, 3], 10 ** 30, 3))
print(growing([3 ** 39, 5], 3), growing([1, -1], 4), growing([2 ** 62, -(2 ** 62)], 2))
print(shifting([1, 0, 1] * 30), shifting([1] * 63), shifting([1] * 64), shifting([0, 1] * 40))
print(modular([3 ** 39, 2.5], 1000000007, 2), modular([True, 2 ** 63, 7], 97, 5))

"""Speculated ints that grow through themselves, and loops over slices and results of hinted lists."""


def pack(bits: list[int]) -> list[int]:
    out = []
    for start in range(0, len(bits), 8):
        acc = 0
        for bit in bits[start:start + 8]:
            acc = (acc << 1) | bit
        out.append(acc)
    return out


def shift_all(values: list[int], k: int) -> int:
    # grows past 64 bits: the typed statement overflows and the dynamic one computes the big int
    acc = 1
    for v in values:
        acc = (acc << k) | v
    return acc


def product(values: list[int]) -> int:
    p = 1
    for v in values:
        p = p * v + 0
    return p


def checksum(values: list[int]) -> int:
    total = 0
    for b in pack(values):
        total = (total * 31 + b) % 1_000_000_007
    return total


def mixed(values: list[int]) -> object:
    acc = 0
    for v in values[1:]:
        acc = (acc << 2) + v
    return acc


print(pack([1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1]))
print(pack([1, 2, 3, 10 ** 20, 5, 6, 7, 8, 9]))
print(shift_all([1, 2, 3], 3))
print(shift_all([7] * 30, 5))
print(shift_all([1, -1, 5, 2 ** 70, 3], 40))
print(product(list(range(1, 30))))
print(product([2, 3, 2 ** 62, 5, -7]))
print(checksum([1, 0, 1] * 40))
print(checksum([1, 2 ** 80, 3, 4] * 5))
print(mixed([0, 1, 2, 3]))
print(mixed([0, 1, True, 3, 2 ** 64]))
print(mixed([0, 1, 3] * 40))
try:
    print(mixed([0, 1, 1.5, 2, 3]))
except TypeError as e:
    print("TypeError", e)
try:
    print(mixed([0, 1, "x"]))
except TypeError as e:
    print("TypeError", e)
try:
    print(pack([1, None, 1]))
except TypeError as e:
    print("TypeError", e)

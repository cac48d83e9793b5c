"""Int arithmetic whose intermediate values pass 64 bits while the results fit: CPython computes the big ints."""


def modpow_loop(n: int, c: int, m: int) -> int:
    p = 1
    for _ in range(n):
        p = p * c % m
    return p


def lcg(seed: int, steps: int) -> int:
    state = seed
    for _ in range(steps):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return state


def high_word(a: int, b: int) -> int:
    return (a * b) >> 64


def low_word(a: int, b: int) -> int:
    return (a * b) & 0xFFFFFFFFFFFFFFFF


def scaled(a: int, b: int, c: int) -> int:
    return a * b // c


def negative_mod(a: int, b: int, m: int) -> int:
    return -(a * b) % m


def inside(x: int, y: int, r: int) -> bool:
    return x * x + y * y <= r * r


def count_big_products(n: int, k: int) -> int:
    count = 0
    for i in range(1, n):
        if i * k > 9223372036854775807:
            count += 1
    return count


def mixed(a: int, m: int) -> int:
    # small values stay on the unchecked path; the last ones overflow in the middle
    total = 0
    for i in range(1, 40):
        total = (total + (a << i) * i) % m
    return total


def float_compare(a: int) -> bool:
    return a * a > 1e30


def nested(a: int, b: int, m: int) -> int:
    return (a * b % m + b * a % m + (a * a) // (b + 1)) % m


print(modpow_loop(100, 10**12, 10**15 + 37))
print(modpow_loop(50, 3, 7))
print(lcg(42, 10))
print(high_word(2**63 - 1, 2**63 - 3), low_word(2**63 - 1, 2**63 - 3))
print(high_word(12345, 678), low_word(12345, 678))
print(scaled(10**18, 10**18, 10**19), scaled(7, 3, 2))
print(negative_mod(10**18, 10**3, 97), negative_mod(5, 3, 7))
print(inside(3, 4, 5), inside(2**40, 2**40, 2**40), inside(2**40, 2**40, 2**41))
print(count_big_products(100, 2**58))
print(mixed(3, 1000000007), mixed(2**40, 2**61 - 1))
print(float_compare(10**15), float_compare(10**16), float_compare(2**62))
print(nested(2**62, 2**61, 10**9 + 7), nested(5, 6, 7))

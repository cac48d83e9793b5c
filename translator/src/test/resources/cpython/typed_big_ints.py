"""Ints that outgrow 64 bits inside functions with typed locals stay exact: such variables remain dynamic."""


def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def powers(base: int, count: int) -> list[int]:
    out = []
    value = 1
    for _ in range(count):
        value = value * base
        out.append(value)
    return out


def doubling(steps: int) -> int:
    bits = 1
    for _ in range(steps):
        bits <<= 1
    return bits


def fibonacci(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def mixed(n: int) -> None:
    small = n * 3
    print(small, small * 10 ** 20, [small * small * small * small * small])
    x = n
    print(x ** 40, -x ** 21, x ** 2)


print(factorial(30))
print(factorial(20), factorial(21))
print(powers(2, 100)[-1], powers(10, 25)[-3:])
print(doubling(100), doubling(63), doubling(62))
print(fibonacci(100))
mixed(3_000_000_000)
total = 0
for k in range(1, 40):
    total += 2 ** k * k
print(total, 2 ** 100 // 3, -(2 ** 100) % 7)

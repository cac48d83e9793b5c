"""Typed functions in every shape: loops that only return, generators, methods, closures, try and recursion."""


def first_square_over(limit: int) -> int:
    k = 0
    while True:
        k += 1
        if k * k > limit:
            return k


def sign(x: float) -> str:
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    else:
        return "zero"


def countdown(n: int):
    while n > 0:
        yield n
        n -= 1


def parse_or(text: str, default: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = default
    finally:
        default = -1
    return value


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def collatz(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def make_counter(start: int):
    count = start

    def bump(by: int) -> int:
        nonlocal count
        count += by
        return count

    return bump


class Accumulator:
    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.total = 0.0

    def add(self, n: int) -> float:
        part = n * self.scale
        self.total += part
        steps = 0
        for _ in range(n):
            steps += 1
        return part + steps


def nothing(n: int) -> None:
    x = n * 2
    if x > 100:
        return
    print("small", x)


def harmonic(n: int) -> float:
    h = 0.0
    for k in range(1, n + 1):
        h += 1 / k
    return h


print(first_square_over(50), sign(2.5), sign(-1), sign(0.0), sign(0))
print(list(countdown(4)), parse_or("12", 0), parse_or("x", 7))
print(gcd(84, 36), gcd(17, 5), collatz(27), ackermann(2, 3))
bump = make_counter(10)
print(bump(1), bump(5))
acc = Accumulator(0.5)
print(acc.add(3), acc.add(4), acc.total)
print(nothing(10), nothing(100))
print(harmonic(10), f"{harmonic(1000):.6f}")
print(sorted([3, 1, 2], key=lambda v: sign(v - 2)), list(map(gcd, [12, 18], [8, 27])))

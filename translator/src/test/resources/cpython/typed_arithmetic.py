"""Arithmetic in functions whose locals are statically typed: Python's int, float and bool rules exactly."""


def mixing(n: int) -> None:
    a = 7
    b = 2
    x = 0.5
    t = True
    print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
    print(-a // b, -a % b, a % -b, -a // -b, -7.5 // b, -7.5 % b, 7.5 % -2)
    print(a + x, a * x, a / x, a // x, a % x, x - a)
    print(t + 1, t * 3, t - t, t / 2, -t, ~t, +t, t + 0.5)
    print(t & False, t | False, t ^ t, a & 3, a | 8, a ^ 5, ~a)
    print(1 / 4, 2 / 2, 10 / 4, -1 / 3, 0 / -5, 0.0 * -1)
    print(a < b, a <= 7, a == 7.0, x > 0.25, t == 1, t is True, a != b)
    print(abs(-a), abs(-x), float(a), int(t), int(a), str(a), str(x), repr("q"), min(a, b), max(a, b))
    print(a and b, a or b, 0 and a, x or a, not a, not 0.0)
    total = 0
    acc = 0.0
    for i in range(n):
        total += i * i - i // 2
        acc += i / 3
    print(total, acc, f"{acc:.3f}", f"{total:>6}")
    s = "ab"
    s = s + "c"
    print(s, s == "abc", len(s), s if s else "empty")
    big = 2 ** 100
    print(big, 2 ** 63, -(2 ** 63), 1 << 70, (1 << 70) // (1 << 10))


def divisions(a: int, b: int, x: float, y: float) -> None:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x % y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(x // y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def scale(x: float, k: int) -> float:
    return x * k


def is_even(n: int) -> bool:
    return n % 2 == 0


def describe(n):
    return "even" if is_even(n) else "odd"


def apply(f, *args):
    return f(*args)


mixing(10)
divisions(1, 0, 1.0, 0.0)
divisions(-7, 2, -7.5, 2.0)
print(scale(1.5, 2), scale(1, 2), scale(True, 3), scale(2.5, True))
print(is_even(4), is_even(7), describe(10), describe(3), is_even(True))
print(apply(scale, 2, 4), apply(is_even, 6), list(map(is_even, range(4))))
handle = scale
print(handle(0.5, 3), handle(k=2, x=4))
print(scale(10 ** 30, 2))


def choices(a: int, b: int, x: float, s: str) -> None:
    p = a or b
    q = a and b
    r = x or 2.5
    t = s or "empty"
    u = s and s + "!"
    v = 0 or a or b
    w = a and b * 3
    print(p, q, r, t, u, v, w, a or x, s or a)


choices(0, 5, 0.0, "")
choices(3, 4, 1.5, "hi")

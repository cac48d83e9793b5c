# A pure typed function whose int result passes 64 bits gives the big int wherever that result goes to a
# dynamic place (printed, stored, or called through its function value); a function with effects runs once.


def square(k: int) -> int:
    return k * k


def plus_one(k: int) -> int:
    return k + 1


def poly(a: int, b: int) -> int:
    t = a * b
    return t + 1


def mixed(a: int, b: int) -> int:
    s = a * b + square(a) - plus_one(b)
    return s


def effect(k: int) -> int:
    print("effect", k)
    return k * k


print(square(2 ** 40))
print(square(2 ** 40) + 1)
print(plus_one(9223372036854775807))
print(poly(2 ** 40, 2 ** 40))
print(square(3), plus_one(4), poly(5, 6))
x = square(2 ** 31)
print(x, [square(2 ** 32)])
print(mixed(2 ** 20, 2 ** 21))
print(effect(3))
f = square
print(f(2 ** 50), list(map(plus_one, [2 ** 63 - 1, 1])))

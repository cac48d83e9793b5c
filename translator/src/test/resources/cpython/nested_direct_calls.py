# Nested functions called by name: typed from annotations, recursive, and every way the name or the arguments
# can stop matching what the annotations promise.


def count_paths(n: int) -> int:
    full = (1 << n) - 1

    def walk(mask: int, depth: int) -> int:
        if mask == full:
            return 1
        total = 0
        free = full & ~mask
        while free:
            bit = free & -free
            free -= bit
            total += walk(mask | bit, depth + 1)
        return total

    print(walk.__name__, walk.__qualname__)
    return walk(0, 0)


print(count_paths(5))


def annotations_lie():
    def half(x: int) -> int:
        return x // 2

    values = [half(10), half(7.0), half(-3), half(True), half(10**30)]
    try:
        half("s")
    except TypeError as e:
        print("TypeError:", e)
    return values


print(annotations_lie())


def passed_around():
    def square(x: int) -> int:
        return x * x

    fs = [square, square]
    print([f(3) for f in fs], list(map(square, range(4))), square(4))
    return square


print(passed_around()(12))


def rebound_later(flag):
    def pick(x: int) -> str:
        return "first " + str(x)

    first = pick(1)
    if flag:
        pick = lambda x: "second " + str(x)
    return first, pick(2)


print(rebound_later(False), rebound_later(True))


def rebound_nonlocal():
    def step(x: int) -> int:
        return x + 1

    def swap():
        nonlocal step
        step = lambda x: x * 100

    a = step(1)
    swap()
    return a, step(2)


print(rebound_nonlocal())


def deleted():
    def gone(x: int) -> int:
        return x

    v = gone(5)
    del gone
    try:
        gone(6)
    except NameError as e:
        print("NameError:", e)
    return v


print(deleted())


def called_before_def():
    try:
        early(1)
    except NameError as e:
        print(type(e).__name__ + ":", e)

    def early(x: int) -> int:
        return x

    return early(2)


print(called_before_def())


def mutual(n: int) -> bool:
    def is_even(k: int) -> bool:
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k: int) -> bool:
        return False if k == 0 else is_even(k - 1)

    return is_even(n)


print(mutual(10), mutual(7))


def shifts(n: int):
    def shl(a: int, b: int) -> int:
        return a << b

    def shr(a: int, b: int) -> int:
        return a >> b

    out = [shl(1, n), shr(-7, 1), shr(5, 100), shr(-5, 100)]
    try:
        shl(1, -1)
    except ValueError as e:
        out.append(str(e))
    return out, shl(1, 70), shl(3, 62)


print(shifts(10))


def frozen_lies(k: int, n: int):
    mask = (1 << n) - 1

    def mul(x: int) -> int:
        if x <= 0:
            return 0
        return mul(x - 1) + x * k

    def masked(x: int) -> int:
        return (x << 3) & mask

    return [mul(i) for i in range(3)], masked(5), masked(2**61)


print(frozen_lies(2, 8))
print(frozen_lies(1.5, 70))
try:
    print(frozen_lies("ab", 64))
except TypeError as e:
    print("TypeError:", e)


def hinted_free(values: list[float], k: float):
    def total(n: int) -> float:
        acc = 0.0
        for i in range(n):
            acc += values[i] * k
        return acc

    first = total(len(values))
    values = [1, 2**70, 0.5]
    second = total(3)
    values = [1.0, "x"]
    try:
        total(2)
    except TypeError as e:
        return first, second, "TypeError: " + str(e)


print(hinted_free([0.5, 1.5, 2.0], 2.0))


def owner_typed(n: int):
    k = n * 2

    def helper(x: int) -> int:
        return x + k

    total = 0
    for i in range(3):
        total += helper(i)
    return total, helper(0.5)


print(owner_typed(5), owner_typed(2.5), owner_typed(10**30), owner_typed(True))

"""Range loops over typed counters: the loop variable's value after the loop, empty ranges, steps, reassignment."""


def after_loop(n: int) -> int:
    i = -1
    for i in range(n):
        pass
    return i


def reassigned(n: int) -> list[int]:
    seen = []
    for i in range(n):
        seen.append(i)
        i = i * 10
        seen.append(i)
    return seen


def with_else(n: int) -> str:
    for i in range(n):
        if i == 3:
            break
    else:
        return "no break, i unchanged from before: " + str(n)
    return "broke at " + str(i)


def steps(start: int, stop: int, step: int) -> list[int]:
    out = []
    for k in range(start, stop, step):
        out.append(k)
    return out


def counters(n: int) -> int:
    total = 0
    for i in range(n):
        for j in range(i, n):
            total += i * j
    for i in range(3):
        total -= i
    return total


def edges() -> None:
    big = 2 ** 63 - 1
    print(steps(big - 3, big, 1), steps(-big - 1, -big + 2, 1), steps(big - 1, big - 10, -4))
    try:
        steps(0, 5, 0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        steps(0, 2.5, 1)
    except TypeError as e:
        print("TypeError:", e)
    print([x * x for x in range(5)], [x for x in range(10, 0, -3)], sum(x for x in range(5)))
    print([(x, y) for x in range(3) for y in range(x)], {x: x % 2 == 0 for x in range(4)})


print(after_loop(5), after_loop(0))
print(reassigned(3))
print(with_else(10), with_else(2))
print(steps(0, 10, 3), steps(10, 0, -3), steps(5, 5, 1), steps(-3, 3, 2))
print(counters(10))
edges()

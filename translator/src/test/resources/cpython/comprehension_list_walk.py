"""Comprehensions over a list read its ints unboxed; floats, big ints, other items and changes while walking."""


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for k in range(self.n, 0, -1):
            yield k


def grow(xs, v):
    if len(xs) < 8:
        xs.append(v)
    return True


def shrink(xs, v):
    if v == 3:
        xs.clear()
    return True


def retype(xs, v):
    if v == 2:
        xs[3] = 2.5
        xs[4] = 2 ** 70
    return True


def walks(bound: int) -> None:
    ints = [5, 1, 9, 3, 7, 2]
    print(sum(1 for p in ints if p <= bound), [p * 2 for p in ints if p > bound])
    mixed = [1, 2.5, 2 ** 64, 3, True, -4]
    print(sum(1 for p in mixed if p <= bound), [p + 1 for p in mixed], {p % 3 for p in mixed})
    print(sum(p for p in mixed), [p for p in mixed if p])
    big = [2 ** 62, 2 ** 62, 2 ** 62]
    print(sum(p * 2 for p in big), [p * 4 for p in big])
    words = ["a", "bb", "ccc"]
    print([w * 2 for w in words], sum(1 for w in words if len(w) > 1))
    print([k * k for k in Countdown(4)], sum(k for k in (1, 2, 3)), {k: k + 1 for k in ints[:3]})
    growing = [1, 2, 3]
    print([v for v in growing if grow(growing, v * 10)], growing)
    shrinking = [1, 2, 3, 4, 5]
    print([v for v in shrinking if shrink(shrinking, v)], shrinking)
    changing = [1, 2, 3, 4, 5, 6]
    print([v + 1 for v in changing if retype(changing, v)], changing)
    try:
        print(sum(1 for p in [1, 2, "x", 4] if p <= bound))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([10 // p for p in [5, 2, 0, 1]])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    p = "outer"
    print([p for p in ints][:2], p)


walks(4)

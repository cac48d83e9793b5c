# sum() over generator expressions and list comprehensions whose items are ints: counted in a long while the sum
# fits, exactly past 64 bits, and exactly for items that only look like ints.


def counts(values: list[int], bound: int):
    below = sum(1 for v in values if v <= bound)
    flags = sum(v > bound for v in values)
    squares = sum([i * i for i in range(len(values))])
    pairs = sum(1 for i in range(1, len(values)) if values[i] - values[i - 1] == 2)
    return below, flags, squares, pairs


print(counts([1, 3, 5, 7, 11, 13, 17, 19], 10))
print(counts([1.5, 3, 5.0, 7, True], 5))
print(counts([], 0))

huge = 2**62
print(sum(huge for _ in range(4)), sum(-huge for _ in range(5)), sum(huge for _ in range(1)))
print(sum(huge for _ in range(3)) - sum(huge for _ in range(3)))
print(sum(True for _ in range(3)), sum(False for _ in "abc"), sum(1 for _ in ()))
print(sum(x for x in range(10) if x % 3), sum(i * j for i in range(4) for j in range(i)))


def failing():
    try:
        return sum(10 // (3 - i) for i in range(5))
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


print(failing())


class Weird:
    def __init__(self, n):
        self.n = n

    def __le__(self, other):
        return self.n % 2 == 0


print(sum(1 for w in [Weird(1), Weird(2), Weird(4)] if w <= 0))


def shadowed():
    sum = lambda items: "shadowed " + str(list(items))
    return sum(1 for _ in range(2))


print(shadowed())

"""Comprehensions reading their function's names from a loop counter, a default, a nested def, a generator, a class body,
a while condition and an augmented assignment."""


def counters(n: int):
    out = []
    for i in range(n):
        out.append([i + j for j in range(3)])
    return out


def defaults(k=3):
    def inner(xs=[k * x for x in range(3)]):
        return [x + k for x in xs]
    return inner()


def nested_def(limit: int):
    def below(xs):
        return [x for x in xs if x < limit]
    return below(range(10)), sum(1 for x in range(10) if x >= limit)


def gen_function(n):
    yield [n * x for x in range(3)]
    n += 1
    yield sum(n for _ in range(2))


def class_in_function(n):
    class K:
        vals = [n * 2 for _ in range(2)]
    return K.vals, [n for _ in range(2)]


def while_cond(xs):
    limit = 0
    while sum(1 for x in xs if x < limit) < 3:
        limit += 1
    return limit


def aug(total):
    for k in (1, 2):
        total += sum(x * k for x in range(4))
    return total


print(counters(3), defaults(), nested_def(4), list(gen_function(2)), class_in_function(5), while_cond([5, 1, 3, 2]), aug(10))
print(aug(2 ** 63 - 10))

"""Comprehensions and generator expressions reading the enclosing function's names: when the values are read."""


def stored_then_rebound():
    limit = 3
    pending = (x for x in range(10) if x < limit)
    limit = 7
    print("stored genexpr sees the later value:", list(pending))
    limit = 2
    print("consumed on the spot:", sum(1 for x in range(10) if x < limit))


def loop_variable():
    totals = []
    later = []
    for bound in (2, 5, 9):
        totals.append(sum(1 for x in range(10) if x <= bound))
        later.append(x for x in range(10) if x <= bound)
    print("each bound:", totals)
    print("stored, consumed after the loop:", [len(list(g)) for g in later])


def deleted_name():
    scale = 4
    print([scale * x for x in range(3)])
    del scale
    print("empty, never read:", [scale for _ in []])
    try:
        print([scale for _ in range(2)])
    except NameError as e:
        print("NameError:", e)


def unbound_name(flag):
    if flag:
        y = 1
    try:
        print(sum(y for _ in range(3)))
    except NameError as e:
        print("NameError:", e)


def nested(xs, ys, lim):
    print("nested:", sum(sum(1 for y in ys if y < x) for x in xs if x > lim))
    print("nested lists:", [[x * y for y in ys if y != x] for x in xs])


def with_nonlocal():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    print("nonlocal:", [bump() + count for _ in range(3)], count)
    print("read:", sum(count for _ in range(2)))


def raising(divisor):
    values = [6, 3, 0]
    try:
        print([x // divisor for x in values])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(max(d // x for x in values for d in (divisor,)))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def typed_captures(n, scale, words):
    offset = n * 2
    half = scale / 2
    print([i + offset for i in range(n) if i % 2 == 0])
    print([round(x * half, 3) for x in (1.5, 2.5, -3.0)])
    print({w: len(w) + offset for w in words})
    print(sorted({w[0] for w in words if len(w) > n}))
    print(any(i > offset for i in range(n * 3)), all(i < offset for i in range(n)))
    print(min((i for i in range(10) if i > n), default=None), max(i * half for i in range(n)))
    big = 2 ** 64
    print(sum(x + big for x in range(3)), [x > big for x in (big - 1, big + 1)])


def changing_types(items):
    limit = 3
    limit = "3" if len(items) > 2 else limit
    try:
        print([x for x in items if x < limit])
    except TypeError as e:
        print("TypeError:", e)


def speculated(primes: list[int]):
    acc = 0
    for p in primes:
        acc = (acc + p * p) % 1000003
    print(acc, sum(1 for p in primes if p <= acc), [p for p in primes if p * 50 > acc])
    mixed = primes + [2.5, True, 10 ** 30]
    print(sum(1 for p in mixed if p <= acc), [p for p in mixed if p > 7])


class Counter:
    def __init__(self, step):
        self.step = step

    def multiples(self, n):
        step = self.step
        return [i * step for i in range(n) if i * step % 3 != 0]


stored_then_rebound()
loop_variable()
deleted_name()
unbound_name(True)
unbound_name(False)
nested([1, 5, 9], [2, 4, 6, 8], 2)
with_nonlocal()
raising(3)
raising(0)
typed_captures(4, 3.0, ["pear", "fig", "banana", "kiwi"])
changing_types([1, 2, 5])
changing_types([1, 2])
speculated([2, 3, 5, 7, 11, 13])
print(Counter(2).multiples(6))

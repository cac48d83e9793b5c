# range() loops whose bounds are ints past 64 bits at run time: CPython iterates them as it iterates small ones.
import sys

n = 2**64
for i in range(n, n + 3):
    print("module", i)
for i in range(10**20, 10**20 + 5, 2):
    print("step", i)
for i in range(-10**20, -10**20 - 7, -3):
    print("negative step", i)
for i in range(2**63 + 5, 2**63 + 2, -1):
    print("past 2**63", i)
for i in range(0, 5, 10**30):
    print("big step", i)
for i in range(2**63 - 2, 2**63 + 1):
    print("across 2**63", i)


def show(a, b):
    for i in range(a, b):
        if i > a + 2:
            print("break at", i)
            break
        print("counter", i, i % 7, i * 2)
    else:
        print("no break")


show(1, 3)
show(2**70, 2**70 + 10)
show(-2**64 - 1, -2**64 + 1)


def stepped(a, b, c):
    seen = []
    for i in range(a, b, c):
        seen.append(i)
    return seen


print(stepped(0, 10, 3))
print(stepped(2**65, 2**65 + 10, 3))
print(stepped(2**65, 2**64, -2**62))
print(stepped(5, -5, -2**70))


def mod_sum(a: int) -> int:
    t = 0
    for i in range(a, a + 3):
        t = t + i % 7
    return t


print(mod_sum(5), mod_sum(10**19), mod_sum(-10**30))


def scaled(size, start):
    row = []
    for x in range(start, start + size):
        c = 2.0 * x / size
        row.append(round(c, 3))
    return row


print(scaled(4, 0))
print(scaled(4, 2**80))


def labels(a):
    out = []
    for i in range(a, a + 2):
        s = str(i)
        big = i > 2**64
        out.append(s + ("!" if big else "."))
    return out


print(labels(7), labels(2**64 - 1))


def nested(a):
    total = []
    for i in range(a, a + 2):
        for j in range(i, i + 2):
            total.append(j - a)
    return total


print(nested(3), nested(3**50))


def early(n):
    for i in range(n):
        if i == 3:
            return i * 10
    return -1


print(early(2**100), early(2))

print([i * 2 for i in range(n, n + 3)])
print(sum(i for i in range(n, n + 3)))
print(sum([i for i in range(n, n + 3)]))
print({i % 5 for i in range(10**25, 10**25 + 7)})
print({i: i - n for i in range(n - 2, n + 2)})
print([(i, j) for i in range(2) for j in range(n, n + 2)])
print([j for i in range(n, n + 2) for j in range(i, i + 2, 1)])

for k, x in enumerate("abc", 2**64):
    print(k, x)
for k, x in enumerate("abc", 2**63 - 2):
    print(k, x)
print(list(enumerate("xy", -2**70)))
print(list(reversed(range(n, n + 3))))
print(list(reversed(range(0, 2**70, 2**68))))
print(range(2**64)[2**63 + 1], range(2**64)[-1])
for r in (range(2**63), range(-2**63, 2**63), range(0, 2**65, 2)):
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError", e)
print(len(range(2**63 - 1)), len(range(-2**63, -1)), len(range(2**64, 2**65, 2**62)))
try:
    for i in range(2**64, 2**64 + 2.0):
        print(i)
except TypeError as e:
    print("TypeError", e)
try:
    for i in range(0, 2**64, 0):
        print(i)
except ValueError as e:
    print("ValueError", e)


def gen(a):
    for i in range(a, a + 3):
        if i % 2 == 0:
            continue
        yield i


print(list(gen(5)), list(gen(2**64)))


class Box:
    def __init__(self, base):
        self.base = base

    def values(self, k):
        out = []
        for i in range(self.base, self.base + k):
            try:
                out.append(10 // (i - self.base - 1))
            except ZeroDivisionError:
                out.append(None)
        return out


print(Box(1).values(3), Box(-2**90).values(3))


def outer(a):
    def inner(b):
        acc = 0.0
        for j in range(b, b + 2):
            acc += j / 2
        return acc
    return inner(a) + inner(a * 2)


print(outer(3), outer(2**66))


def flags(n, m):
    total = 0
    for i in range(n):
        for j in range(m, m + 2):
            if j > i:
                total += 1
    return total


print(flags(3, 1), flags(3, 2**65))
count = 0
for i in range(2**64, 2**64 + 3):
    count += i & 1
print(count)
xs = [0] * 3
def fill(lo):
    for m in range(lo, lo + 3, 1):
        xs[m - lo] = m
fill(2**70)
print(xs)


def sieve(n):
    flags = [True] * n
    for m in range(2, n, 2):
        flags[m] = False
    return flags


print(sieve([10][0]))


def first_multiple(a, k):
    for i in range(a):
        if i and i % k == 0:
            break
    return i


print(first_multiple(10, 4), first_multiple(10**30, 7))


def walk(lo, hi):
    i = -1
    for i in range(lo, hi, 10**25):
        print("at", i)
    return i


print(walk(0, 3 * 10**25))
try:
    print(walk(2**64, 2**64 + 1))
except OverflowError as e:
    print("OverflowError", e)
sys.stdout.flush()

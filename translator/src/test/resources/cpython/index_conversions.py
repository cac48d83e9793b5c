"""Ints from objects with __index__ in range(), the order range's arguments are taken in, and the errors of ints
too large for a size or a position."""


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v


class Bad:
    def __index__(self):
        return "3"


print(list(range(Idx(2), Idx(5))), range(Idx(1), 10, Idx(3))[1], len(range(Idx(4))))
for i in range(Idx(0), Idx(2)):
    print("loop", i)

log = []


def first():
    log.append("start")
    return Idx(1)


def last():
    log.append("stop")
    return 3


for i in range(first(), last()):
    log.append(i)
print(log)
n = 2
for i in range(n, last()):
    log.append(i)
print(log)

for make in (lambda: range(Bad()), lambda: range(1.5), lambda: range("3"), lambda: list(range(0, 4, Idx(0)))):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for f in (lambda: [1].pop(2**70), lambda: [1][2**70], lambda: [1].insert(2**70, 0), lambda: "ab"[2**70],
          lambda: [0] * 2**70, lambda: (1,)[2**70], lambda: [1, 2][:2**70], lambda: "x".center(2**70)):
    try:
        print(f())
    except (IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


class Flag:
    def __index__(self):
        return True


import random

random.seed(7)
print(list(range(Flag())), random.randrange(Idx(10)), random.randrange(Idx(5), Idx(50), Idx(5)))

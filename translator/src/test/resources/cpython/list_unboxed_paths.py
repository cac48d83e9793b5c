"""Lists whose items stay unboxed on the typed path, and every way their fast paths must fall back exactly."""


class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool of", self.v)
        return bool(self.v)


class Logged:
    """Not a list (list subclasses are not translated), but indexed, sliced and iterated like one."""

    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, k):
        print("get", k)
        return self.items[k]

    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v

    def __iter__(self):
        return iter(self.items)

    def __repr__(self):
        return "Logged(" + repr(self.items) + ")"


def stores(n: int) -> None:
    xs = [0] * n
    for i in range(n):
        xs[i] = i * i
    print(xs)
    for i in range(n):
        if i == 2:
            xs[i] = 2.5
        elif i == 3:
            xs[i] = "three"
        elif i == 4:
            xs[i] = 2 ** 70
        else:
            xs[i] = i
    print(xs)
    flags = [True] * n
    for i in range(0, n, 2):
        flags[i] = False
    flags[1] = 7
    print(flags)
    fs = [0.0] * 3
    for i in range(3):
        fs[i] = i / 2
    fs[0] = float("nan")
    print(fs, fs[0] == fs[0])
    for k in (n, -n - 1):
        try:
            xs[k] = 1
        except IndexError as e:
            print("IndexError:", e)
        try:
            flags[k] = False
        except IndexError as e:
            print("IndexError:", e)


def appends(n: int) -> None:
    squares = [i * i for i in range(n)]
    halves = [i / 2 for i in range(n)]
    print(squares, halves)
    squares.append(0.5)
    halves.append("x")
    print(squares, halves)
    big = [i * 2 ** 62 for i in range(n)]
    print(big)
    evens = [i for i in range(n) if i % 2 == 0]
    evens.append(2.5)
    evens.append(2 ** 64)
    print(evens, [x for x in range(-3, 0)])


def tests(values, n: int) -> None:
    seen = []
    for i in range(n):
        if values[i]:
            seen.append(i)
    print(seen)
    try:
        if values[n]:
            print("unreachable")
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)


def counts(n: int) -> None:
    count = [1] * n
    for r in range(n):
        count[r] -= 1
        count[r] += 3
    print(count)
    count[0] = 2 ** 63 - 1
    count[0] += 1
    count[1] = -(2 ** 63)
    count[1] -= 1
    print(count)
    floats = [0.5] * n
    floats[0] -= 1
    print(floats)
    d = {0: 1}
    for r in range(1):
        d[r] += 1
    print(d)
    try:
        count[n] -= 1
    except IndexError as e:
        print("IndexError:", e)


def flips(n: int) -> None:
    perm = list(range(n))
    first = n - 1
    perm[:first + 1] = perm[first::-1]
    print(perm)
    perm[:3] = perm[1:4]
    print(perm)
    perm[:2] = perm[n - 2:]
    print(perm)
    perm[:1] = perm[3:]
    print(perm, len(perm))
    perm[:5] = perm[2:3]
    print(perm, len(perm))
    first = 100
    perm[:first + 1] = perm[first::-1]
    print(perm)
    first = -2
    perm[:first + 1] = perm[first::-1]
    print(perm)
    first = None
    try:
        perm[:first + 1] = perm[first::-1]
    except TypeError as e:
        print("TypeError:", e)
    step = 0
    try:
        perm[:step] = perm[::step]
    except ValueError as e:
        print("ValueError:", e)
    try:
        perm[::2] = perm[1:2]
    except ValueError as e:
        print("ValueError:", e)
    mixed = [1, "a", 2.5, None]
    mixed[:3] = mixed[2::-1]
    print(mixed)
    first = 1.5
    try:
        mixed[:first] = mixed[first:]
    except TypeError as e:
        print("TypeError:", e)
    t = (1, 2, 3)
    try:
        t[:2] = t[1:]
    except TypeError as e:
        print("TypeError:", e)
    logged = Logged([3, 1, 2])
    k = 2
    logged[:k + 1] = logged[k::-1]
    print(logged)


class Shelf:
    """Has insert and pop, but is no list."""

    def __init__(self):
        self.items = []

    def insert(self, i, v):
        print("insert", i, v)
        self.items.insert(i, v)

    def pop(self, i):
        print("pop", i)
        return self.items.pop(i) if self.items else None


def rotations(n: int, other) -> None:
    perm = list(range(n))
    for r in range(1, n):
        perm.insert(r, perm.pop(0))
    print(perm)
    perm.insert(n + 5, perm.pop(-1))
    perm.insert(-100, perm.pop(-2))
    perm.insert(1, 0.5)
    print(perm, perm.pop(1), perm)
    empty = []
    for k in (0, -1):
        try:
            empty.pop(k)
        except IndexError as e:
            print("IndexError:", e)
    try:
        perm.pop(n)
    except IndexError as e:
        print("IndexError:", e)
    for r in range(2):
        other.insert(r, other.pop(0))
    print(other.items)


def sums() -> None:
    print(sum([1, 2, 3]), sum([0.1, 0.2, 0.3]), sum([]), sum([-0.0]), sum([True, True]))
    print(sum([2 ** 62, 2 ** 62, -5]), sum([1, 2.5]), sum(Logged([4, 5])))
    rows = [[1, 0, 1], [1, 1, 1]]
    print(sum(sum(row) for row in rows))


stores(6)
appends(4)
tests([0, 1, 0, 2, 3], 5)
tests([0.0, 1.5, -0.0, 2.0], 4)
tests([True, False, True], 3)
tests([Loud(0), Loud(1), Loud("")], 3)
tests([[], [0], "", "x"], 4)
tests((0, 1, 2), 3)
tests({0: 1, 1: 0}, 2)
tests(Logged([1, 0]), 2)
counts(3)
flips(6)
rotations(5, Shelf())
sums()

"""Loops over a slice of a list: the loop walks a snapshot taken before its first iteration, whatever the body or
the items do to the list afterwards; bounds of every kind; sequences that are not lists."""


def pack(row: list[int]) -> list[int]:
    packed = []
    for start in range(0, len(row), 8):
        byte = 0
        for bit in row[start:start + 8]:
            byte = (byte << 1) | bit
        packed.append(byte)
    return packed


def total(xs, lo, hi):
    t = 0
    for x in xs[lo:hi]:
        t = t + x
    return t


def bounds():
    xs = [1, 2, 3, 4, 5, 6, 7]
    print(total(xs, 2, 5), total(xs, -3, None), total(xs, None, -5), total(xs, 5, 2), total(xs, -100, 100))
    print(total(xs, True, 3), total(xs, 10**30, None), total(xs, None, -10**30), total(xs, 1.0 == 1.0, 4))
    print(total((1, 2, 3, 4), 1, 3), total(range(10), 2, 7))
    try:
        total(xs, "a", 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        total(xs, 1.5, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        total(None, 0, 1)
    except TypeError as e:
        print("TypeError:", e)


class Seq:
    def __getitem__(self, s):
        print("getitem", s.start, s.stop, s.step)
        return [10, 20, 30]


class Evil:
    """An item whose operators change the list being walked."""

    def __init__(self, target, name):
        self.target = target
        self.name = name

    def __radd__(self, other):
        self.target.append(100)
        self.target[0] = -1
        return other

    def __repr__(self):
        return self.name


def strings(words):
    out = ""
    for w in words[1:]:
        out = out + w + "/"
    return out


def concat_with(acc, xs):
    # acc starts as a user object whose __add__ mutates xs
    for x in xs[:3]:
        acc = acc + x
    return acc


class Acc:
    def __init__(self, xs):
        self.xs = xs

    def __add__(self, other):
        self.xs.clear()
        return 0


def flags(xs):
    count = 0
    seen = ""
    for x in xs[::1][1:]:
        if x:
            count += 1
        elif x is None:
            seen = seen + "N"
            continue
        else:
            break
    else:
        seen = seen + "done"
    return count, seen


def late_evil():
    xs = [1, 2, 3, 4, 5]
    xs.append(Evil(xs, "evil"))
    xs.extend([6, 7])
    t = 0
    for x in xs[1:]:
        t = t + x
    print(t, xs)


def early_evil():
    xs = [1, 2]
    xs.insert(0, Evil(xs, "first"))
    t = 0
    for x in xs[0:]:
        t = t + x
    print(t, xs)


def mutating_body():
    xs = [1, 2, 3]
    seen = []
    for x in xs[:]:
        xs.append(x * 10)
        seen.append(x)
    print(seen, xs)
    ys = [5, 6, 7, 8]
    for y in ys[1:3]:
        del ys[0]
        print("y", y, ys)


bounds()
print(pack([1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1]))
print(pack([True, False, 1, 0] * 3), pack([]))
print(total(Seq(), 0, 2))
print(strings(["a", "b", "c"]), strings(["only"]), repr(strings([])))
print(flags([0, 1, 1, None, 2, 0, 3]), flags([9, 1, None, 2]))
late_evil()
early_evil()
xs = [1, 2, 3, 4]
print(concat_with(Acc(xs), xs), xs)
print(total([1, 2.5, 10**20, True], 0, None))
try:
    print(total([1, 2, "x"], 0, 3))
except TypeError as e:
    print("TypeError:", e)
mutating_body()


def sliced_gen(xs: list[int]):
    t = 0
    for x in xs[1:4]:
        t = t + x
        yield t
    xs.append(t)
    yield xs


print(list(sliced_gen([1, 2, 3, 4, 5])))


class Sneaky:
    """An int-like item whose __radd__ empties the list being summed."""

    def __init__(self, target):
        self.target = target

    def __radd__(self, other):
        self.target.clear()
        return other + 100


def sums():
    xs = [1, 2, 3, 4, 5]
    print(sum(xs[1:4]), sum(xs[:]), sum(xs[-2:]), sum(xs[3:1]), sum(xs[10**30:]), sum(xs[True:]))
    fs = [0.5, 1.25, -0.0]
    print(sum(fs[1:]), sum(fs[2:]), sum([1, 2.5, 3][0:]), sum([2.5, 1, 2**60][:2]), sum([2.5, 2**60, 1][:]))
    print(sum([2**62, 2**62, 2**62, -5][1:]), sum([True, False, True][:]), sum([1, True, 2.0, False][:]))
    big = [10**20, 1, 2]
    print(sum(big[:]), sum(big[1:]), sum([1.5, 10**20][:]))
    ys = [1, 2, 0, 4, 5]
    ys[2] = Sneaky(ys)
    print(sum(ys[0:]), ys)
    print(sum((1, 2, 3)[1:]), sum(range(10)[2:5]))
    try:
        sum(["a", "b"][0:])
    except TypeError as e:
        print("TypeError:", e)
    nothing = None
    try:
        sum(nothing[1:])
    except TypeError as e:
        print("TypeError:", e)


def shadowed(xs):
    sum = lambda v: "shadowed " + str(len(v))
    return sum(xs[1:])


sums()
print(shadowed([1, 2, 3]))

"""List methods called directly on a local list, slices of a list moved within it, and their exact fallbacks."""


class Stack:
    """Not a list, but with list-like pop and insert methods."""

    def __init__(self):
        self.items = []

    def insert(self, i, v):
        print("insert", i, v)
        self.items.insert(i, v)

    def pop(self, i=-1):
        print("pop", i)
        return self.items.pop(i)


def rotate(n: int) -> None:
    xs = list(range(n))
    for r in range(1, n):
        xs.insert(r, xs.pop(0))
        print(xs)
    xs.insert(-100, xs.pop())
    xs.insert(100, xs.pop(-2))
    print(xs)
    for k in (n, -n - 1):
        try:
            xs.pop(k)
        except IndexError as e:
            print("IndexError:", e)
    empty = []
    try:
        empty.pop()
    except IndexError as e:
        print("IndexError:", e)
    try:
        empty.pop(0)
    except IndexError as e:
        print("IndexError:", e)
    mixed = [1, 2.5, "three"]
    mixed.insert(1, mixed.pop())
    print(mixed)


def not_lists(n: int) -> None:
    for s in (Stack(), [10, 20]):
        for i in range(n):
            s.insert(i, i * i)
        print(s.pop(0), s.pop())
    xs = [1, 2, 3]
    ys = xs
    xs.insert(0, (xs := [9]).pop())
    print(xs, ys)
    big = 2 ** 70
    for at in (big, -big):
        try:
            ys.pop(at)
        except (IndexError, OverflowError) as e:
            print(type(e).__name__)
        try:
            ys.insert(at, "x")
        except (IndexError, OverflowError) as e:
            print(type(e).__name__)
    print(ys)


def flips(perm: list[int]) -> int:
    count = 0
    first = perm[0]
    while first != 0:
        perm[:first + 1] = perm[first::-1]
        count += 1
        first = perm[0]
    return count


def slices(n: int) -> None:
    print(flips([3, 1, 4, 0, 2]), flips([2, 0, 1]))
    words = ["c", "a", "b", "d"]
    k = 2
    words[:k + 1] = words[k::-1]
    print(words)
    fs = [0.5, 1.5, 2.5, 3.5]
    fs[1:k + 2] = fs[k + 1:0:-1]
    print(fs)
    xs = list(range(n))
    xs[:k] = xs[k::-1]
    print(xs)
    xs[1:3] = xs[2:4]
    print(xs)
    xs[-3:] = xs[-4:-1]
    print(xs)
    xs[:100] = xs[100::-1]
    print(xs)
    huge = 2 ** 63 - 1
    xs[:huge + 1] = xs[huge::-1]
    print(xs)
    for neg in (-1, -2, -len(xs)):
        ys = list(range(6))
        ys[:neg + 1] = ys[neg::-1]
        print(neg, ys)
    xs[-huge - 1:] = xs[-huge - 1:]
    print(xs)
    step = 0
    try:
        xs[:k] = xs[k::step]
    except ValueError as e:
        print("ValueError:", e)
    try:
        xs[:k:step] = xs[k::-1]
    except ValueError as e:
        print("ValueError:", e)
    try:
        xs[::2] = xs[k::-1]
    except ValueError as e:
        print("ValueError:", e)
    odd = [1.0, 0, 2]
    try:
        print(flips(odd))
    except TypeError as e:
        print("TypeError:", e)
    print(flips([True, False]))


class Sliced:
    def __getitem__(self, k):
        print("getitem", k)
        return [k.start, k.stop, k.step]


def copies(n: int) -> None:
    for xs in ([1, 2, 3], [0.5, 1.5], [True], ["a", 2 ** 70], [], (1, 2), "text", range(n), Sliced()):
        ys = xs[:]
        zs = xs[::]
        print(ys, zs, ys == xs)
        if isinstance(xs, list):
            ys.append(0)
            print(xs, ys, ys is xs, zs is xs)


def moves(n: int) -> None:
    xs = list(range(n))
    r = 2
    xs.insert(r, xs.pop(0))
    xs.insert(0, xs.pop())
    xs.insert(-2, xs.pop(1))
    xs.insert(-100, xs.pop(-1))
    xs.insert(100, xs.pop(0))
    xs.insert(r, xs.pop(r))
    print(xs)
    for at in (n, -n - 1):
        try:
            xs.insert(0, xs.pop(at))
        except IndexError as e:
            print("IndexError:", e, xs)
    one = [7]
    one.insert(5, one.pop(0))
    one.insert(-5, one.pop())
    print(one)
    empty = []
    try:
        empty.insert(0, empty.pop())
    except IndexError as e:
        print("IndexError:", e, empty)
    for other in ([0.5, 1.5, 2.5], [True, False, True], ["a", "b", "c"], [1, "b", 2.5]):
        other.insert(r, other.pop(0))
        other.insert(0, other.pop())
        print(other)
    big = [2 ** 70, 1, 2]
    big.insert(r, big.pop(0))
    print(big)


rotate(5)
moves(6)
not_lists(3)
slices(8)
copies(3)

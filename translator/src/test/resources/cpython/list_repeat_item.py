"""[x] * n and n * [x] of every storage kind, and the counts that are not plain ints."""


class Count:
    def __init__(self, n):
        self.n = n

    def __mul__(self, other):
        return "Count.__mul__"

    def __rmul__(self, other):
        return "Count.__rmul__"


def show(label, value):
    print(label, type(value).__name__, value if not isinstance(value, list) or len(value) < 80 else len(value))


def main(n: int) -> None:
    show("zeros", [0] * n)
    show("sevens", n * [7])
    show("floats", [0.0] * n)
    show("negative zeros", [-0.0] * n)
    show("halves", n * [0.5])
    show("nan", [float("nan")] * 2)
    show("falses", [False] * 70)
    show("trues", [True] * 70)
    print(sum([True] * 130), sum([False] * 130), ([True] * 70)[69], ([False] * 65)[64])
    ones = [True] * 3
    ones.append(False)
    print(ones, ones.count(True), [True] * 3 == [True, True, True], [False] * 3 == [False] * 3)
    show("nones", [None] * n)
    show("strings", ["ab"] * n)
    show("big ints", [2 ** 70] * 2)
    show("empty", [1] * 0)
    show("negative", [1] * -4)
    show("bool count", [5] * True)
    show("bool count after", False * [5])
    show("object count", [5] * Count(2))
    show("object count after", Count(2) * [5])
    show("long", len([3] * 100000))
    rows = [[0] * 3] * 2
    rows[0][1] = 9
    show("shared rows", rows)
    grown = [0] * n
    grown.append(1.5)
    grown[0] = "x"
    show("grown", grown)
    bits = [False] * 3
    bits.append(True)
    bits += [False] * 2
    show("bits", bits)
    bits *= 2
    show("bits twice", bits)
    for items in ([1, 2], [0.5, -0.0], ["a", None], [True], [], [2 ** 70, 3]):
        alias = items
        items *= 3
        print(items, alias is items, len(alias))
        items *= True
        items *= 1
        print(items)
        items *= 0
        print(items, alias)
    flags = [True, False, False] * 25
    flags *= 3
    flags.append(True)
    print(sum(flags), len(flags), flags[-5:], flags.count(False))
    counts = [1, 2, 3]
    counts *= -2
    counts.append(4)
    counts *= 2
    print(counts)
    try:
        counts *= "2"
    except TypeError as e:
        print("TypeError:", e, counts)
    for bad in ("3", 2.0, None, [1]):
        try:
            print([1] * bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            print(bad * [1])
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(len([1] * (2 ** 70)))
    except OverflowError as e:
        print("OverflowError:", e)
    calls = []

    def item():
        calls.append("item")
        return 1

    def count():
        calls.append("count")
        return 2

    show("order", [item()] * count())
    show("order after", count() * [item()])
    print(calls)


main(5)

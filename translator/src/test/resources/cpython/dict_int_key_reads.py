# Reads of dicts at int keys from int-typed locals, where the key is found without boxing: equal floats and
# bools are the same key, big ints and missing keys behave as in CPython, and a site that meets a list, a
# Counter, an OrderedDict, a defaultdict or a mapping of the program's own runs Python's operation.
from collections import Counter, OrderedDict, defaultdict


class Mapping:
    def __init__(self) -> None:
        self.reads = 0

    def __getitem__(self, key: object) -> str:
        self.reads += 1
        return "mapped " + repr(key)


class Key:
    def __init__(self, n: int) -> None:
        self.n = n

    def __hash__(self) -> int:
        return self.n

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and other.n == self.n

    def __repr__(self) -> str:
        return f"Key({self.n})"


def read(c: object, i: int) -> object:
    return c[i]


def total(d: dict[int, int], n: int) -> int:
    s = 0
    for i in range(n):
        s += d[i % 7]
    return s


def main() -> None:
    d = {1.0: "float one", 2: "two", True: "bool one again", -1: "minus one", 0: "zero"}
    print(d)
    for i in range(-1, 3):
        print(i, read(d, i))
    one: int = 1
    print(d[one], d[1.0], d[True])
    big = {2 ** 64: "big", 2 ** 63 - 1: "max", -(2 ** 63): "min", 1.5: "one and a half"}
    for i in [2 ** 63 - 1, -(2 ** 63)]:
        print(read(big, i))
    k: int = 2 ** 64
    print(big[k])
    for i in [3, 2 ** 63 - 1 - 1, 1]:
        try:
            read(big, i)
        except KeyError as e:
            print("KeyError", e, repr(e))
    keyed = {Key(1): "key one", 1: "int one", Key(9): "key nine"}
    for i in [1, 9]:
        try:
            print(read(keyed, i))
        except KeyError as e:
            print("KeyError", e)
    many = {i: i * i for i in range(40)}
    for i in range(0, 45, 11):
        try:
            print(i, read(many, i))
        except KeyError as e:
            print("KeyError", e)
    for i in range(40):
        if i % 3 == 0:
            del many[i]
    print(sum(read(many, i) for i in range(40) if i % 3), len(many))
    counts = {i: 0 for i in range(7)}
    for i in range(5):
        counts[i] = read(counts, i) + read(counts, (i + 1) % 7) + 1
        if i == 2:
            counts.pop(6)
            counts[6] = 100
    print(counts)
    small = {i: i for i in range(7)}
    print(total(small, 50))
    dd: defaultdict[int, list[int]] = defaultdict(list)
    m = Mapping()
    others: list[object] = [[10, 20, 30], (7, 8), "xyz", m, Counter([1, 1, 3]), OrderedDict([(1, "od one"), (0, "od zero")]), dd, range(5, 9)]
    for c in others:
        print(read(c, 1), read(c, 0))
    print(dict(dd), m.reads)
    try:
        read(OrderedDict(), 5)
    except KeyError as e:
        print("KeyError", e)
    try:
        read(None, 1)
    except TypeError as e:
        print("TypeError", e)


main()

"""Counting with d[k] = d.get(k, 0) + n and d[k] += n: str, int and user keys, dict subclasses, big ints."""
from collections import Counter, defaultdict


class Key:
    """A key that counts the calls of its __hash__ and __eq__."""

    hashes = 0
    eqs = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        Key.hashes += 1
        return hash(self.name)

    def __eq__(self, other):
        Key.eqs += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


class LoudDict:
    """A mapping whose get and __setitem__ say when they run."""

    def __init__(self):
        self.data = {}

    def get(self, k, default=None):
        print("  LoudDict.get", k, default)
        return self.data.get(k, default)

    def __setitem__(self, k, v):
        print("  LoudDict.__setitem__", k, v)
        self.data[k] = v

    def __repr__(self):
        return f"LoudDict({self.data})"


class Tally:
    """Not a dict at all, but it has get and item assignment."""

    def __init__(self):
        self.items = []

    def get(self, k, default):
        return len(self.items) + default

    def __setitem__(self, k, v):
        self.items.append((k, v))


class Money:
    """A value whose + says when it runs."""

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("  Money.__add__", other)
        return Money(self.cents + other)

    def __repr__(self):
        return f"Money({self.cents})"


def count(d, keys, step):
    for k in keys:
        d[k] = d.get(k, 0) + step
    return d


def count_typed(words: list, n: int) -> dict:
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + n
        counts[w] += 1
    return counts


def bump(d, keys):
    for k in keys:
        try:
            d[k] += 1
        except (KeyError, TypeError) as e:
            print("  ", type(e).__name__, e)
    return d


def main():
    print(count({}, "abracadabra", 1))
    print(count({}, [1, 2, 1, 1.0, True, 3, 2], 1))
    print(count({}, ["x", "ü", "𝔘", "x", "𝔘"], 2))
    print(count({"a": 0.5}, ["a", "a"], 1))
    big = {"m": 2 ** 63 - 2}
    print(count(big, ["m", "m", "m"], 1), count({"n": -(2 ** 63) + 1}, ["n", "n"], -1))
    Key.hashes = Key.eqs = 0
    d = count({}, [Key("a"), Key("b"), Key("a"), Key("a")], 1)
    print(d, "hashes", Key.hashes, "eqs", Key.eqs)
    Key.hashes = Key.eqs = 0
    print(bump(d, [Key("a"), Key("c")]), "hashes", Key.hashes, "eqs", Key.eqs)
    print(count(LoudDict(), ["p", "q", "p"], 1))
    print(count(defaultdict(int), ["p", "q", "p"], 1))
    print(count(Counter(), ["p", "q", "p"], 1))
    t = count(Tally(), ["p", "q"], 10)
    print(t.items)
    print(count({"cash": Money(5)}, ["cash"], 7))
    try:
        count({"a": None}, ["a"], 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        count({}, ["a"], "s")
    except TypeError as e:
        print("TypeError", e)
    try:
        count({}, [[1]], 1)
    except TypeError as e:
        print("TypeError", e)
    print(count_typed(["to", "be", "or", "not", "to", "be"], 3))
    print(bump({"a": 1, 2: 5, "f": 1.5, "big": 2 ** 63 - 1}, ["a", 2, "f", "big", "zz", "a"]))
    c = Counter("hello")
    print(bump(c, ["l", "z"]), bump(defaultdict(int, {"x": 1}), ["x", "y"]))
    d = {"a": 1, "b": 2}
    for k in d:
        d[k] = d.get(k, 0) + 1
    print(d)
    try:
        for k in d:
            d[k + "!"] = d.get(k + "!", 0) + 1
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        for k in list(d):
            key = k + "?"
            d[key] = d.get(key, 0) + 1
        for k in d:
            key = k + "#"
            d[key] = d.get(key, 0) + 1
    except RuntimeError as e:
        print("RuntimeError", e, len(d))


main()

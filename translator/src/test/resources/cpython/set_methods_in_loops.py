"""set.add, discard and remove called in loops on sets, frozensets, other receivers with those methods, and with
members that are unhashable or missing."""


class Bag:
    """Not a set: its own add, discard and remove."""

    def __init__(self):
        self.log = []

    def add(self, x):
        self.log.append(("add", x))

    def discard(self, x):
        self.log.append(("discard", x))

    def remove(self, x):
        self.log.append(("remove", x))
        return len(self.log)


def collect(target, items):
    for x in items:
        target.add(x)
    return target


def drop(target, items, strict):
    results = []
    for x in items:
        try:
            results.append(target.remove(x) if strict else target.discard(x))
        except (KeyError, TypeError, AttributeError, ValueError) as e:
            results.append(f"{type(e).__name__}: {e}")
    return results


def main():
    seen = set()
    words = "the cat and the hat and the bat".split()
    order = []
    for w in words:
        if w not in seen:
            seen.add(w)
            order.append(w)
    print(order, sorted(seen), len(seen))
    print(sorted(collect(set(), [1, 1.0, True, 2, 3.5, "x", (1, 2), -0.0]), key=repr))
    print(collect(Bag(), [1, 2]).log)
    for bad in ([[1]], [{"a": 1}], [{1, 2}]):
        try:
            collect(set(), bad)
        except TypeError as e:
            print("TypeError:", e)
    for target in (frozenset({1}), [1], {1: 2}, "s"):
        try:
            collect(target, [1])
        except AttributeError as e:
            print("AttributeError:", e)
    s = {1, 2, 3, "a", frozenset({4, 5})}
    print(drop(s, [1, 9, "a", frozenset({4, 5}), [6]], False), sorted(s, key=repr))
    s = {1, 2, 3, frozenset({4})}
    print(drop(s, [2, 2, frozenset({4}), [7], frozenset({8})], True), sorted(s, key=repr))
    print(drop(Bag(), [1, 2], True), drop(Bag(), [3], False))
    print(drop(frozenset({1}), [1], True), drop([1, 2, 1], [1, 1, 1], True))
    big = set()
    for i in range(3000):
        big.add(i * i % 1009)
        if i % 3 == 0:
            big.discard(i % 1009)
    print(len(big), sum(big))
    try:
        for x in big:
            big.add(x + 5000)
    except RuntimeError as e:
        print("RuntimeError:", e)


main()

"""Counting updates of a dict held in an attribute, keyed by another object's attribute,
self.d[p.k] = self.d.get(p.k, 0) + 1: the plain case and each case that must run Python's own steps."""
from collections import OrderedDict, defaultdict


class Loud:
    """A key whose hashing and equality speak, so that every search shows."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name)
        return isinstance(other, Loud) and other.name == self.name

    def __repr__(self):
        return f"Loud({self.name})"


class Item:
    def __init__(self, kind):
        self.kind = kind


class PropertyItem:
    calls = 0

    @property
    def kind(self):
        PropertyItem.calls += 1
        print("read kind", PropertyItem.calls)
        return "p" if PropertyItem.calls % 2 else "q"


class Counter:
    def __init__(self, table):
        self.totals = table

    def count(self, item, step):
        self.totals[item.kind] = self.totals.get(item.kind, 0) + step

    def count_fixed(self, key):
        self.totals[key] = self.totals.get(key, 0) + 1


class Rebinding:
    """A dict attribute read through a property: each read may give another dict."""

    def __init__(self):
        self.first = {}
        self.second = {}
        self.reads = 0

    @property
    def totals(self):
        self.reads += 1
        return self.first if self.reads % 2 else self.second

    def count(self, item):
        self.totals[item.kind] = self.totals.get(item.kind, 0) + 1


def main():
    c = Counter({})
    for kind in ["a", "b", "a", "c", "a", 7, 7, (1, 2), None, None, 2.0, 2, True, 1]:
        c.count(Item(kind), 1)
    print(c.totals)

    # values that are not ints: a float, a str, then a big int past 64 bits
    c.totals["a"] = 1.5
    c.count(Item("a"), 1)
    c.totals["s"] = "x"
    try:
        c.count(Item("s"), 1)
    except TypeError as e:
        print("TypeError:", e)
    c.totals["big"] = 2**63 - 1
    c.count(Item("big"), 1)
    c.count(Item("big"), 1)
    c.totals["neg"] = -(2**63)
    c.count(Item("neg"), -1)
    c.count(Item("a"), 0.25)
    c.count(Item("n"), True)
    print(c.totals)

    # keys with their own hash and equality, and an unhashable key
    c.count(Item(Loud("x")), 1)
    c.count(Item(Loud("x")), 1)
    try:
        c.count(Item([1]), 1)
    except TypeError as e:
        print("TypeError:", e)
    c.count_fixed("a")
    c.count_fixed(Loud("x"))

    # dicts of other types, then a plain dict again at the same statement
    t = Counter(defaultdict(int))
    t.count(Item("k"), 1)
    t.count(Item("k"), 1)
    print(t.totals)
    t.totals = OrderedDict(k=5)
    t.count(Item("k"), 1)
    print(t.totals)
    t.totals = {"k": 10}
    t.count(Item("k"), 1)
    print(t.totals)

    # a property key read twice, a property dict read twice
    p = Counter({})
    for _ in range(4):
        p.count(PropertyItem(), 1)
    print(p.totals)
    r = Rebinding()
    for kind in ["u", "u", "v"]:
        r.count(Item(kind))
    print(r.first, r.second, r.reads)
    r.count(Item("v"))
    r.count(Item("v"))
    print(r.first, r.second, r.reads)

    # not a dict at all, and a missing attribute
    lst = Counter([0, 0, 0])
    lst.totals = [0, 0, 0]
    try:
        lst.count(Item(1), 1)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        c.count(object(), 1)
    except AttributeError as e:
        print("AttributeError:", e)


main()

"""list.sort and sorted ask `<` what CPython's sort asks, in the same order: counted and logged comparisons,
partial orders (NaN, sets), a comparison that raises part-way, and a list changed while it is sorted."""
import random

calls = 0
log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v

    def __repr__(self):
        return f"K{self.v}"


def counted(values, **kw):
    global calls
    calls = 0
    out = sorted((Key(v) for v in values), **kw)
    assert [k.v for k in out] == sorted(values, **kw)
    return calls


rng = random.Random(7)
shapes = {
    "random": lambda n: [rng.random() for _ in range(n)],
    "ascending": lambda n: list(range(n)),
    "descending": lambda n: list(range(n, 0, -1)),
    "few values": lambda n: [rng.randint(0, 3) for _ in range(n)],
    "sawtooth": lambda n: [i % 37 for i in range(n)],
    "runs": lambda n: sorted(rng.random() for _ in range(n // 2)) + sorted(rng.random() for _ in range(n - n // 2)),
    "almost sorted": lambda n: [i + (rng.random() < 0.05) * rng.randint(-50, 50) for i in range(n)],
    "organ pipe": lambda n: list(range(n // 2)) + list(range(n - n // 2, 0, -1)),
}
for n in (2, 3, 7, 63, 64, 65, 200, 1000, 4097):
    row = []
    for name, make in shapes.items():
        values = make(n)
        row.append(f"{name}={counted(values)}/{counted(values, reverse=True)}")
    print(n, " ".join(row))

# a key function: keys computed once each, in order; comparisons between keys
seen = []
words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "yuzu", "sloe", "nut"] * 3
print(sorted(words, key=lambda w: (seen.append(w), Key(len(w)))[1]), len(seen), calls)

# partial orders: where NaNs and incomparable sets end up depends on the algorithm
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, -1.0]))
floats = [rng.random() if rng.random() < 0.8 else nan for _ in range(300)]
print(sorted(floats)[:6], sorted(floats, reverse=True)[:6])
sets = [{1, 2}, {3}, {1}, {2, 3}, set(), {1, 2, 3}, {4}, {2}]
print(sorted(sets))
print(sorted([1, 2.5, True, -3, 2, 0.0, False], key=lambda x: x))


# a comparison that raises: the list keeps every item, in the order reached so far
class Fragile:
    budget = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Fragile.budget -= 1
        if Fragile.budget < 0:
            raise RuntimeError("out of comparisons")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for budget in (0, 5, 40, 300):
    Fragile.budget = budget
    items = [Fragile(v) for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0] * 8]
    try:
        items.sort()
        print("sorted", items[:10])
    except RuntimeError as e:
        print(budget, e, len(items), sorted(x.v for x in items) == sorted([9, 4, 7, 1, 8, 2, 6, 3, 5, 0] * 8), items[:12])

# the list is empty while it is sorted, and a change to it raises ValueError
target = [5, 3, 9, 1]


def peek(x):
    log.append(len(target))
    return x


target.sort(key=peek)
print(target, log)


def meddle(x):
    target.append(x)
    return x


try:
    target.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e, target)


def bad_key(x):
    if x == 9:
        raise KeyError(x)
    return -x


try:
    target.sort(key=bad_key, reverse=True)
except KeyError as e:
    print("KeyError:", e, target)

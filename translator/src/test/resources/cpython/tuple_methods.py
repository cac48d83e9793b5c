# Tuples: packing, count/index, comparison, concatenation, nesting with mutable items, and hashing.

t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[2:5], t[::-1], 9 in t)
print((1, 2) + (3,), (0,) * 3, () == tuple(), (1,) != (1, 0), max(t), min(t), sum(t), sorted(t))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 100), ("a", 1) < ("a", 2), (1, "x") == (1.0, "x"))
holder = ([], "fixed")
holder[0].append("mutated inside")
print(holder)
try:
    hash(holder)
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
records = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(records, key=lambda r: (-r[1], r[0])), dict(records))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested + ((6,),))


def stats(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
print(tuple(range(3)), tuple(reversed((1, 2))), tuple(sorted((3, 2, 1))), tuple({"a": 1}))
empty = ()
single = ("one",)
print(empty, single, len(single), ("not a tuple"), type(("not a tuple")).__name__)

# hash of ints, floats, bools, None-free tuples and frozensets of ints: values CPython guarantees
# independently of the string hash seed. Strings are left out on purpose (their hash is randomised).

print([hash(n) for n in [0, 1, -1, -2, 42, 10 ** 6, -(10 ** 6)]])
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-2.25), hash(0.1), hash(1e100))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(float("inf")), hash(float("-inf")), hash(2 ** 100) == hash(float(2 ** 100)))
d = {1: "int", 2.0: "float", (3, 4): "tuple"}
print(d[1.0], d[True], d[2], d[(3, 4)])
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)

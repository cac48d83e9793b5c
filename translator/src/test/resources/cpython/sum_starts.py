"""sum() with every kind of start: numbers, sequences, and the starts CPython refuses."""
print(sum([1, 2, 3]), sum([1, 2.5]), sum([True, True, 3]), sum([], 10), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(range(10), start=5))
print(sum([2**62, 2**62, 2**62]), sum([-(2**63), -1]), sum([1e308, 1e308]))
for start in ("", b"", bytearray(), "x"):
    try:
        print(sum([], start))
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)

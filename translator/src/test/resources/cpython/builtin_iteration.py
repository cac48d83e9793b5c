# zip, enumerate, map, filter, reversed, range, iter/next: laziness, lengths and arguments.

print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(["a", "b"], range(2))), list(zip(*[(1, "x"), (2, "y")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [5, 2])), list(map(len, ())))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1,))))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0, -5, -1)), len(range(0, 100, 7)))
r = range(3, 30, 4)
print(r, len(r), r[2], r[-1], 15 in r, 16 in r, r.index(19), r.count(7), list(r[1:3]))
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, "default"))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
sentinel_iter = iter([3, 0, 4, 5].pop, 0)
print(list(sentinel_iter))
letters = ["a", "b", "c"]
for i, (letter, number) in enumerate(zip(letters, range(100, 103)), 1):
    print(i, letter, number)
print(sum(1 for _ in zip(range(10), range(3))))
print(list(map(int, "1 2 3".split())), list(map(float, ["1.5", "2"])))

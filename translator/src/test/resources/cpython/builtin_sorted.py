# sorted: stability, key functions, reverse (which keeps equal items in original order), mixed numbers.

data = [5, 2, 8, 2.5, -1, 0, 8.0, True]
print(sorted(data), sorted(data, reverse=True))
words = ["delta", "Alpha", "charlie", "bravo", "Echo", "alpha"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5, 0, -1)))
print(sorted([]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
by_length_then_alpha = sorted(["bb", "a", "ccc", "aa", "b"], key=lambda w: (len(w), w))
print(by_length_then_alpha)
nums = [10, 9, 2, 33, 21]
print(sorted(nums, key=lambda n: str(n)), sorted(nums, key=lambda n: n % 10))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(sorted([-3, 2, -1], key=abs), sorted([0.5, -0.25, 1e-3], key=lambda x: -x))
records = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}]
print([r["n"] for r in sorted(records, key=lambda r: r["age"], reverse=True)])
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=lambda x: None) and sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)

# min and max: iterables or several arguments, key, default, first of equals, and empty-input errors.

print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max("hello"), min((2.5, 2)), max(range(10)))
print(min("apple", "Banana", "cherry"), max("apple", "Banana", "cherry", key=str.lower))
print(min([], default=None), max([], default="empty"), max([1], default=0))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len))
print(max([(1, "b"), (1, "a")]), min([[3], [1, 2]]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
scores = {"ann": 91, "bob": 78, "cid": 91}
print(max(scores, key=scores.get), min(scores, key=lambda k: scores[k]), max(scores.values()))
print(max(scores.items(), key=lambda kv: (kv[1], kv[0])))
print(min(abs(x) for x in [-7, 3, -2]), max((len(w), w) for w in "a bb ccc".split()))
print(max(True, False), min(True, 2), max([-1, -5], key=abs))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(())
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)

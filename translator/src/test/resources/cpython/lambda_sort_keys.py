# Sorting with lambda keys: stability, tuples as keys, reverse, and negated keys.

people = [
    ("Alice", 30, "Berlin"),
    ("bob", 25, "Amsterdam"),
    ("Carol", 30, "amsterdam"),
    ("dave", 25, "Berlin"),
    ("Eve", 35, "Cairo"),
]

print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: p[0]))
print(sorted(people, key=lambda p: (-p[1], p[2].lower())))
print(sorted(people, key=lambda p: p[1], reverse=True))

words = ["kiwi", "fig", "banana", "apple", "date", "cherry"]
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
print(max(words, key=len), min(words, key=len))

numbers = [-7, 3, -1, 8, 0, -3, 5]
print(sorted(numbers, key=abs))
print(sorted(numbers, key=lambda n: (n < 0, abs(n))))

records = [{"name": "x", "score": 2.5}, {"name": "y", "score": 9.0}, {"name": "z", "score": 2.5}]
records.sort(key=lambda r: r["score"], reverse=True)
print([r["name"] for r in records])

pairs = [(1, "b"), (1, "a"), (0, "c")]
pairs.sort()
print(pairs)

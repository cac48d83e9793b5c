# List comprehensions: filters, nested loops, conditionals, and their own scope.

print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([x if x % 2 else -x for x in range(8)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print([len(w) for w in "a bb ccc dddd".split()])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x for x in []])
print([[] for _ in range(3)])

x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)

print([y for x in [[1, 2], [3]] for y in x])
words = ["apple", "Bob", "kayak", "level", "Python", "noon"]
print([w for w in words if w.lower() == w.lower()[::-1]])
print([i for i in range(2, 50) if all(i % d for d in range(2, int(i ** 0.5) + 1))])
print([(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c])
offset = 100
print([v + offset for v in range(3)])
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
print(sum([i for i in range(101)]))
print([s.strip() for s in " a , b,c ,  ".split(",") if s.strip()])

# collections.Counter: counting, most_common (ties in first-seen order), arithmetic and updates.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c["a"], c["z"])
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc, wc.most_common(1), len(wc), sum(wc.values()))
wc.update(["cat", "cat", "dog"])
wc.subtract({"the": 2})
print(wc)
a = Counter(x=3, y=1)
b = Counter(x=1, y=2, z=1)
print(a + b, a - b, b - a, a & b, a | b)
print(Counter([1, 1, 2, 3, 3, 3]).most_common(), sorted(Counter("hello").elements()))
print(Counter({"a": 2, "b": -1}), +Counter({"a": 2, "b": -1}), -Counter({"a": 2, "b": -1}))
d = Counter()
d["new"] += 1
print(d, dict(d), list(Counter("aab").keys()), Counter("ab") == Counter("ba"))
print(Counter().most_common(), Counter("x").total())
inventory = Counter(apples=5, pears=2)
order = Counter(apples=2, pears=3)
inventory.subtract(order)
print(inventory, [k for k, v in inventory.items() if v < 0])
del inventory["pears"]
print(inventory)
print(Counter(n % 3 for n in range(10)))

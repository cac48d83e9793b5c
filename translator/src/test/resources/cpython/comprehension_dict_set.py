# Dict and set comprehensions. Sets here hold only small non-negative ints: an int hashes to itself and
# each is below the table size, so CPython prints them in ascending order, whatever the hash seed.

print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
print({w: len(w) for w in words if len(w) > 5})
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
inverted = {v: k for k, v in {"one": 1, "two": 2, "uno": 1}.items()}
print(inverted)
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(dict(sorted({"b": 2, "c": 3, "a": 1}.items())))

print({x % 5 for x in range(20)})
print({abs(n) for n in range(-3, 4)})
print(sorted({len(w) for w in words}))
print({c for c in "mississippi"} == set("misp"))
print(sorted({c for c in "mississippi"}))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
print(len({(a, b) for a in range(3) for b in range(3)}))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print({ch: n for ch, n in counts.items() if n > 1})
print({k: v for k, v in zip("xyz", range(3))})
print({str(k): k for k in range(3)})
print({(i, i * i) for i in range(3)} == {(0, 0), (1, 1), (2, 4)})
print(frozenset({1, 2, 3}), set(), {0})
print({n: n % 3 == 0 for n in range(1, 7)})

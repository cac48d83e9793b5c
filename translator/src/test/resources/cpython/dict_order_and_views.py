# dict insertion order survives updates; deletion and re-insertion moves a key to the end; views are live.

d = {}
for key in ["delta", "alpha", "charlie", "bravo"]:
    d[key] = len(key)
print(d)
d["alpha"] = 0
print(list(d))
del d["delta"]
d["delta"] = 99
print(list(d))
keys, values, items = d.keys(), d.values(), d.items()
d["echo"] = 4
print(list(keys), list(values), list(items)[-1], len(items))
print("echo" in keys, ("echo", 4) in items, 4 in values)
print(keys & {"alpha", "zulu"} == {"alpha"}, sorted(keys - {"alpha"}), sorted(keys | {"zulu"}))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(dict(sorted(d.items())), dict(reversed(list(d.items()))))
first_key = next(iter(d))
last_key = next(reversed(d))
print(first_key, last_key)
counts = {}
for word in "b a c a b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, list(counts.items()))
merged = {**counts, "a": 100, "z": 0}
print(merged)
copy = dict(merged)
copy.pop("b")
print(copy, merged == copy)
nested = {"outer": {"inner": 1}}
shallow = nested.copy()
shallow["outer"]["inner"] = 2
print(nested)
print({i: i * i for i in range(5)} == dict(zip(range(5), [0, 1, 4, 9, 16])))
print(len({}), bool({}), bool({0: 0}), {} == dict())

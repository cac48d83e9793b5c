# dict methods and insertion order: get/setdefault/pop/popitem/update/keys/values/items, views, merging.

d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 1 in d, "z" not in d)
print(d.setdefault("a", 100), d.setdefault("d", []), d)
d["d"].append(1)
print(d.pop("d"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("a", 0)])
print(d)
del d["b"]
d["b"] = "back at the end"
print(d)
keys = d.keys()
d["new"] = None
print(keys, len(keys), "new" in keys)
print(d.values(), d.items())
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("ab", [1, 2])), dict({"k": "v"}, extra=1))
print({"a": 1} | {"b": 2, "a": 3})
merged = {"a": 1}
merged |= {"c": 3}
print(merged)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none", -1: "neg", 2.5: "float"})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
copy = d.copy()
copy.clear()
print(copy, len(d))
inventory = {}
for item in "apple banana apple cherry banana apple".split():
    inventory[item] = inventory.get(item, 0) + 1
print(inventory, max(inventory, key=inventory.get), sorted(inventory.items(), key=lambda kv: kv[1]))
print(sum(inventory.values()), [k for k, v in inventory.items() if v > 1])
for key in list(inventory):
    if inventory[key] == 1:
        del inventory[key]
print(inventory)
try:
    for key in inventory:
        inventory["x" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(reversed({"a": 1, "b": 2}).__class__.__name__, list(reversed({"a": 1, "b": 2})))

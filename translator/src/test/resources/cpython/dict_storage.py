# dict storage: order through deletions and reinsertions, growth, equal numeric keys, None keys, popitem,
# OrderedDict ends, copies, and the errors of iterating a dict that changes.
from collections import OrderedDict

d = {}
for k in range(1000):
    d[k] = k * k
for k in range(0, 1000, 2):
    del d[k]
for k in range(0, 1000, 4):
    d[k] = -k
keys = list(d)
print(len(d), keys[:5], keys[495:505], keys[-3:], d[4], d[5], d.get(6), 6 in d, 8 in d)

mixed = {True: "bool", 1: "int", 1.0: "float", 2 ** 70: "big", None: "none", -0.0: "neg zero", 0: "zero", "1": "str"}
print(mixed, len(mixed), mixed[1], mixed[False], mixed[2 ** 70], (1, 2) in {(1.0, 2.0): 1})
del mixed[1.0]
mixed[1] = "again"
print(mixed, list(mixed.keys()), list(mixed.values()))

stack = {k: str(k) for k in "abcdef"}
print(stack.popitem(), stack.popitem(), stack)
stack["z"] = "Z"
stack.pop("a")
print(stack, stack.pop("missing", "default"), stack.setdefault("y", "Y"), stack.setdefault("b", "?"), stack)

od = OrderedDict([(c, 0) for c in "abcde"])
od.move_to_end("a")
od.move_to_end("e", last=False)
print(od.popitem(last=False), od.popitem(), list(od))
od["c"] = 3
od.move_to_end("b")
print(od, od == OrderedDict([("c", 3), ("d", 0), ("b", 0)]), od == {"b": 0, "c": 3, "d": 0})

a = {"x": 1, "y": 2, "z": 3}
del a["y"]
b = a.copy()
b["y"] = 2
print(a, b, a == b, b == {"z": 3, "y": 2, "x": 1}, a | {"w": 0}, {**b, "x": 10})
b.clear()
b[1.0] = "float first"
b[1] = "int second"
print(b)


def change(m: dict, k: str, how: str) -> None:
    if how in ("delete", "swap"):
        del m[k]
    if how in ("add", "swap"):
        m[k + "!"] = 0
    if how == "update":
        m[k] = 99


for how in ["add", "delete", "swap", "update"]:
    m = {"p": 1, "q": 2}
    seen = []
    try:
        for k in m:
            seen.append(k)
            change(m, k, how)
        print(how, "finished", seen, m)
    except RuntimeError as e:
        print(how, "RuntimeError:", e, seen, m)

last = {"a": 1}
try:
    for k in last:
        last["b"] = 2
except RuntimeError as e:
    print("after the last key:", e)

counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

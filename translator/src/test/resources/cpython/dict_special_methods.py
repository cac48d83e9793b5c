"""Special methods called by name on dicts and lists, OrderedDict.fromkeys, and NaN keys in dicts."""
from collections import OrderedDict

d = {"a": 1}
d.__setitem__("b", 2)
print(d, d.__getitem__("a"), d.__contains__("b"), d.__contains__("z"), d.__len__())
d.__delitem__("a")
print(d, len(d))
try:
    d.__getitem__("missing")
except KeyError as e:
    print("KeyError", e)
setter = d.__setitem__
for k, v in [("x", 10), ("y", 20)]:
    setter(k, v)
print(d, sorted(d.__iter__()))

items = [3, 1, 2]
items.__setitem__(0, 30)
print(items, items.__getitem__(1), items.__getitem__(-1), items.__contains__(2), items.__len__())
print(items.__getitem__(slice(0, 2)))
items.__delitem__(0)
print(items)
try:
    items.__getitem__(10)
except IndexError as e:
    print("IndexError", e)
print(list(map(items.__getitem__, [0, 1])))
lookup = {"k": 5}.__getitem__
print(lookup("k"), "k" in {"k": 5}.keys())
t = (1, 2, 3)
print(t.__getitem__(0), t.__len__(), t.__contains__(3))
s = "hello"
print(s.__getitem__(1), s.__len__(), s.__contains__("ell"))
st = {1, 2}
print(st.__contains__(1), st.__len__())

od = OrderedDict.fromkeys("abc")
print(od)
od2 = OrderedDict.fromkeys(["x", "y"], 0)
od2.move_to_end("x")
print(od2, od2 == {"y": 0, "x": 0}, list(od2))
print(dict.fromkeys(range(3), "v"))

nan = float("nan")
other = float("nan")
nd = {nan: 1}
nd[nan] = 2
print(len(nd), nd[nan])
nd[other] = 3
print(len(nd), nan in nd, other in nd, float("nan") in nd)
try:
    nd[float("nan")]
except KeyError as e:
    print("KeyError", e)
print(sorted(nd.values()))
counts = {}
for x in [nan, nan, other, 1.0, 1]:
    counts[x] = counts.get(x, 0) + 1
print(len(counts), list(counts.values()))
print({nan, nan, other}.__len__(), len({nan, other, float("nan")}))


def nan_keys() -> None:
    x = float("nan")
    d = {x: "first"}
    d[x] = "again"
    d[float("nan")] = "new"
    print(len(d), d[x], x in d, [k == k for k in d])
    e = dict.fromkeys([x, x, float("inf") - float("inf")])
    print(len(e), e == {x: None}, {x: 1} == {x: 1})


nan_keys()
table = {"a": 1}
dict.__setitem__(table, "b", 2)
put = dict.__setitem__
put(table, "c", 3)
print(dict.__getitem__(table, "b"), dict.__len__(table), dict.__contains__(table, "c"), table)
print(list.__getitem__([5, 6], 1), list.__len__([1, 2, 3]), str.__getitem__("abc", -1), tuple.__len__((1,)))
print(set.__contains__({1}, 1), frozenset.__len__(frozenset("ab")), sorted(set.__iter__({3, 1, 2})))
try:
    dict.__getitem__([1], 0)
except TypeError as e:
    print("TypeError", e)
try:
    set.__getitem__
except AttributeError as e:
    print("AttributeError", e)

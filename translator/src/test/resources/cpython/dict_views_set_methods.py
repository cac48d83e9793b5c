# Keys and items views compare with sets and with each other as sets do; set methods take several iterables.
d = {"a": 1, "b": 2}
e = {"b": 2, "a": 1, "c": 3}
print(d.keys() == {"a", "b"}, {"a", "b"} == d.keys(), d.keys() == e.keys(), d.keys() != {"a"}, d.keys() == ["a", "b"])
print(d.items() == {("a", 1), ("b", 2)}, d.items() == e.items(), d.values() == d.values(), d.keys() == frozenset("ab"))
print(d.keys() < e.keys(), d.keys() <= e.keys(), e.keys() > d.keys(), d.keys() >= {"a"}, d.keys() < {"a", "b"})
print(d.items() <= e.items(), d.items() < {("a", 1), ("b", 2), ("z", 0)}, {("a", 1)} < d.items(), {"a"} <= d.keys())
print(d.keys() > frozenset(), e.items() >= d.items(), d.keys() <= d.keys(), d.keys() < d.keys())
for bad in [lambda: d.keys() < ["a"], lambda: d.values() < {1}, lambda: hash(d.keys()), lambda: {d.items()}]:
    try:
        print(bad())
    except TypeError as err:
        print("TypeError:", err)
s = {1, 2, 3, 4}
print(s.difference({1}, [2]), s.difference(), s.difference(range(3), (4,)), frozenset(s).difference({1}, {4}))
print(s.intersection({1, 2, 3}, [2, 3, 9]), s.intersection(), frozenset(s).intersection(range(3), {2}))
print(s.union(), s.union([5], (6,), {7}), s.issubset(range(10)), s.issuperset([1, 2]), s.isdisjoint("ab"))
t = set(s)
t.difference_update({1}, [2])
u = set(s)
u.intersection_update({1, 2, 3}, (3, 4))
v = set(s)
v.update([9], {8})
print(sorted(t), sorted(u), sorted(v), s)
print({}.fromkeys("ab"), {"x": 0}.fromkeys([1, 2], "v"), dict.fromkeys(range(3), 0), type(e).fromkeys("z"))

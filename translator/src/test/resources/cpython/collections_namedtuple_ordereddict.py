# collections.namedtuple and OrderedDict: fields, _replace/_asdict, unpacking; move_to_end and popitem(last).
from collections import namedtuple, OrderedDict

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), p._fields)
x, y = p
print(x + y, p._replace(y=10), p._asdict(), Point._make([7, 8]))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ada", 36), Person("Alan", 41, "London"))
people = [Person("Cy", 30), Person("Bo", 25), Person("Al", 30)]
print(sorted(people), sorted(people, key=lambda pr: pr.age)[0].name)
print(max(people, key=lambda pr: (pr.age, pr.name)))
print(isinstance(p, tuple), type(p).__name__, hash(p) == hash((3, 4)), {p: "point"})
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
print(od, list(od))
od.move_to_end("one")
print(list(od))
od.move_to_end("three", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == dict(b))
cache = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in cache:
        cache.move_to_end(key)
    cache[key] = key.upper()
    if len(cache) > 3:
        cache.popitem(last=False)
    print(key, list(cache.items()))

# del on names, list items, slices, dict keys and attributes, with the resulting errors.

x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

items = ["a", "b", "c", "d", "e"]
del items[1]
print(items)
del items[-1]
print(items)
del items[:1]
print(items)

d = {"one": 1, "two": 2, "three": 3}
del d["two"]
print(d)
try:
    del d["zero"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    def __init__(self):
        self.content = "toy"
        self.label = "fragile"


b = Box()
del b.label
print(vars(b))
try:
    del b.label
except AttributeError as e:
    print("AttributeError:", e)

a, b2, c = 1, 2, 3
del a, c
print("b2" in dir(), "a" in dir(), "c" in dir())

nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][0]
print(nested)


class Tracked:
    def __init__(self):
        self.data = {}

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        print("deleting", k)
        del self.data[k]


t = Tracked()
t["k"] = 1
t["j"] = 2
del t["k"]
print(t.data)


def local_del():
    value = 5
    del value
    try:
        return value
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local_del())

import copy
from copy import deepcopy
from dataclasses import dataclass, field
from collections import Counter, deque, defaultdict, OrderedDict

nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
shallow = copy.copy(nested)
deep = deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
nested[3][1].append(97)
print(nested)
print(shallow, shallow is nested, shallow[1] is nested[1])
print(deep, deep[3] is nested[3])

t = (1, "a", (2.5, None))
print(copy.copy(t) is t, deepcopy(t) is t, deepcopy((1, [2]))[1] is not None)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.copy("abc"), copy.copy(10 ** 30), copy.copy(None), copy.copy(range(3)))
d = {"a": [1], "b": {"c": 2}}
dc = copy.copy(d)
dd = deepcopy(d)
d["a"].append(2)
d["b"]["c"] = 3
print(d, dc, dd, dc is d)
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, sorted(deepcopy({(1, 2), (3, 4)})))
ba = bytearray(b"xy")
bc = copy.copy(ba)
bc.append(122)
print(ba, bc)

# shared and cyclic references stay shared and cyclic
shared = [0]
pair = [shared, shared]
pc = deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1, 2]
cyc.append(cyc)
cc = deepcopy(cyc)
print(cc, cc[2] is cc, cc is cyc)
cd = {"self": None}
cd["self"] = cd
print(deepcopy(cd)["self"]["self"] is not cd)
ct = ([],)
ct[0].append(ct)
ctc = deepcopy(ct)
print(ctc[0][0] is ctc, ctc is ct)


class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, [2])
q = copy.copy(p)
r = deepcopy(p)
p.y.append(3)
print(p, q, r, q.y is p.y, r.y is p.y, type(r).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root2 = deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0].children[0].parent is root2.children[0])
print(root2.children[0] is a, [c.name for c in root2.children])


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + [0])

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        result = Hooked.__new__(Hooked)
        memo[id(self)] = result
        result.v = deepcopy(self.v, memo)
        return result


h = Hooked([1, 2])
print(copy.copy(h).v, deepcopy(h).v, deepcopy([h, h])[1].v)


class Stateful:
    def __init__(self):
        self.items = [1, 2]
        self.cache = {"big": 1}

    def __getstate__(self):
        print("getstate")
        return {"items": self.items}

    def __setstate__(self, state):
        print("setstate", state)
        self.items = state["items"]
        self.cache = {}


sc = deepcopy(Stateful())
print(sc.items, sc.cache)
print(vars(copy.copy(Stateful())))


class Empty:
    pass


e = copy.copy(Empty())
print(type(e).__name__, vars(e))


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Frozen:
    x: int
    ys: tuple


i1 = Item("a", ["t"])
i2 = copy.copy(i1)
i3 = deepcopy(i1)
i1.tags.append("u")
print(i1, i2, i3, i1 == i2, i1 == i3)
f = Frozen(1, (2, [3]))
f2 = deepcopy(f)
print(f2, f2 == f, f2 is f)

c = Counter("abca")
print(copy.copy(c), deepcopy(c), type(deepcopy(c)).__name__)
dq = deque([[1], [2]], maxlen=3)
dqc = deepcopy(dq)
dq[0].append(5)
print(dq, dqc, copy.copy(dq))
dd2 = defaultdict(list, {"x": [1]})
ddc = deepcopy(dd2)
ddc["y"].append(2)
print(dict(ddc), dict(dd2))
od = OrderedDict([("b", 1), ("a", 2)])
print(copy.copy(od), deepcopy(od))

memo = {}
x = [1, 2]
y = deepcopy([x, x], memo)
print(y, id(x) in memo, memo[id(x)] is y[0])

# many distinct objects: each keeps its own copy, whatever id() values they share
big = [[i] for i in range(100000)]
big_copy = deepcopy(big)
print(all(big_copy[i][0] == i for i in range(len(big))), big_copy[5] is big[5])

import copy
from collections import namedtuple
from dataclasses import dataclass, field

Point = namedtuple("Point", "x y")
p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.x.append(9)
print(q, r, q == p, q is p, q.x is p.x, r.x is p.x, type(q).__name__, type(r) is type(p))
plain = Point(1, "a")
print(copy.copy(plain) is plain, copy.deepcopy(plain) is plain, copy.deepcopy(plain) == plain)
shared = [0]
pair = Point(shared, shared)
pc = copy.deepcopy(pair)
print(pc.x is pc.y, pc.x is shared, copy.deepcopy([pair, pair])[1] is not pair)
print(copy.deepcopy({"k": Point(1, [2])}), copy.copy((Point(1, 2),))[0]._fields)


@dataclass
class Order:
    items: list
    tags: dict = field(default_factory=dict)
    total: int = 0


o = Order([1, 2], {"a": [1]})
oc = copy.copy(o)
od = copy.deepcopy(o)
o.items.append(3)
o.tags["a"].append(2)
print(oc, od, oc.items is o.items, od.tags["a"] is o.tags["a"], oc == o, od == Order([1, 2], {"a": [1]}))


@dataclass(frozen=True)
class Frozen:
    name: str
    parts: tuple


f = Frozen("f", ([1],))
fd = copy.deepcopy(f)
print(fd, fd == f, fd is f, fd.parts[0] is f.parts[0])

# exceptions: rebuilt from their args, __init__ running again, then their attributes
e = ValueError("bad", 3)
ec = copy.copy(e)
ed = copy.deepcopy(e)
print(repr(ec), repr(ed), ec is e, ec.args == e.args, type(ed).__name__)
k = KeyError("k")
print(repr(copy.copy(k)), str(copy.deepcopy(k)))
o_err = FileNotFoundError(2, "No such file", "x.txt")
oc_err = copy.copy(o_err)
print(repr(oc_err), oc_err.errno, oc_err.filename, type(oc_err).__name__)


class AppError(Exception):
    def __init__(self, code, detail=None):
        print("  init", repr(code), detail)
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail


a = AppError(5, [1])
ac = copy.copy(a)
ad = copy.deepcopy(a)
a.detail.append(2)
print(repr(ac), ac.code, ac.detail, repr(ad), ad.code, ad.detail, ac.detail is a.detail)
print(ac.args, ad.args, ac.__cause__, isinstance(ad, AppError))


class Plain(Exception):
    pass


pl = Plain("x", [1])
pl.note = {"n": [2]}
pd = copy.deepcopy(pl)
print(repr(pd), pd.note, pd.note["n"] is pl.note["n"], pd.args[1] is pl.args[1])
try:
    raise Plain("raised")
except Plain as caught:
    cc = copy.copy(caught)
    print(repr(cc), cc.__traceback__ is None, caught.__traceback__ is None)


class Hooked(Exception):
    def __copy__(self):
        print("  __copy__")
        return "copied"

    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        return "deep"


print(copy.copy(Hooked()), copy.deepcopy([Hooked()]))


class NeedsTwo(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)


try:
    copy.copy(NeedsTwo(1, 2))
except TypeError as err:
    print("TypeError", err)


# instances with hooks, and hooks that use the memo
class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __deepcopy__(self, memo):
        print("  deep", self.name)
        n = Node(self.name + "'")
        memo[id(self)] = n
        n.links = copy.deepcopy(self.links, memo)
        return n

    def __repr__(self):
        return f"Node({self.name}, {[x.name for x in self.links]})"


a1 = Node("a")
b1 = Node("b")
a1.links.append(b1)
b1.links.append(a1)
g = copy.deepcopy([a1, b1])
print(g, g[0].links[0] is g[1], g[1].links[0] is g[0])


class StoreError(OSError):
    pass


se = StoreError(13, "denied", "a.db", None, "b.db")
for c in (copy.copy(se), copy.deepcopy(se), copy.copy(OSError(1, "x")), copy.copy(OSError("one arg"))):
    print(repr(c), c.errno, c.strerror, c.filename, c.filename2, type(c).__name__)

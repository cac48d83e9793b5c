# Counter values need not be ints: floats, strs and None are stored as given, and the operations run Python's
# arithmetic and comparisons on them, raising its TypeErrors.
from collections import Counter


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError", e)


c = Counter(a=2.0)
print(c, c["a"], c["missing"], c.total())
attempt("elements", lambda: list(c.elements()))
c["b"] = "x"
print(c)
attempt("most_common", lambda: c.most_common())
c2 = Counter()
c2["z"] = None
print(c2, len(c2))
attempt("total", lambda: c2.total())
attempt("pos", lambda: +c2)
attempt("neg", lambda: -c2)
d = Counter(a=1.5, b=-0.5)
print(d + Counter(a=1), d - Counter(b=1.5), d | Counter(a=2), d & Counter(a=1), -d, +d)
d.update({"a": 0.25})
print(d)
d.subtract(a=0.25)
print(d)
d.update("aab")
print(d, d.most_common(1), d.total())
d.subtract(["b", "b"])
print(d)
print(Counter(a="x"), Counter({"a": "y"}), Counter({"a": 1}, a=2, b=0.5))
e = Counter("abca")
e.update({"a": 1.0, "c": 2})
e["d"] = 0.5
print(e, e.most_common(), e.total())
attempt("update str", lambda: Counter(a="x").update({"a": 1}))
attempt("update args", lambda: Counter().update("a", "b"))
attempt("init args", lambda: Counter("a", "b"))
attempt("subtract args", lambda: Counter().subtract("a", "b"))
big = Counter({"k": 2 ** 63 - 1})
big.update("k")
print(big, big.total())
f = Counter({"x": 3, "y": 1})
f.update(x=1, z=2)
f.subtract({"y": 2}, y=1)
print(f, f.most_common(2), list(f.elements()))
# augmented assignment updates the counter in place, then drops the counts that are not positive
g = Counter(a=1, b=-1, z=0)
alias = g
alias += Counter(a=1.5, y=-1)
print(g, alias is g)
g = Counter(a=1, b=-1, z=0)
alias = g
alias -= Counter(a=3, y=-1)
print(g, alias is g)
g = Counter(a=1, b=-1, z=0)
alias = g
alias |= Counter(a=3, y=2, b=-5)
print(g, alias is g)
g = Counter(a=4, b=-1, z=0, w=2)
alias = g
alias &= Counter(a=3, y=2, w=2.5)
print(g, alias is g)
h = Counter(a=None)
try:
    h += Counter(a=1)
except TypeError as e:
    print("TypeError", e)

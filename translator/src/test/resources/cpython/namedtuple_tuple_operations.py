"""A named tuple in tuple operations: concatenation, repetition and slicing give plain tuples, errors name the type."""
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
tests = [
    lambda: p + (3,), lambda: (0,) + p, lambda: p + p, lambda: p * 2, lambda: 2 * p, lambda: p[0:1], lambda: p[::-1],
    lambda: p.count(1), lambda: p.index(2), lambda: len(p), lambda: 2 in p, lambda: tuple(p), lambda: list(p),
    lambda: p < (1, 3), lambda: p == (1, 2), lambda: isinstance(p, tuple), lambda: hash(p) == hash((1, 2)),
    lambda: p._asdict(), lambda: p._replace(x=5), lambda: Pt._make([3, 4]), lambda: Pt._fields, lambda: p[-1],
    lambda: sorted([Pt(2, 1), Pt(1, 2)]), lambda: max(p), lambda: sum(p), lambda: {p: 1}[(1, 2)], lambda: p + 1,
    lambda: p * "a", lambda: str(p), lambda: f"{p}", lambda: (*p, 3), lambda: dict(zip(Pt._fields, p)),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
q = p
q += (9,)
print(q, p, type(q).__name__, p * 0, p[1:], type(p[:]).__name__)
try:
    [1] + p
except TypeError as e:
    print(e)
try:
    "a" * p
except TypeError as e:
    print(e)

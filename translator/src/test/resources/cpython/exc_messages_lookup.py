# CPython's messages for KeyError and IndexError from dicts, lists, tuples, strings and ranges.

def show(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")


d = {"a": 1, 2: "b", (1, 2): None}
show(lambda: d["missing"])
show(lambda: d[3])
show(lambda: d[(3, 4)])
show(lambda: d[None])
show(lambda: d[1.5])
show(lambda: d["it's"])
show(lambda: {}.pop("x"))
show(lambda: {}.popitem())
show(lambda: [1, 2, 3][3])
show(lambda: [1, 2, 3][-4])
show(lambda: [][0])
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: (1, 2)[2])
show(lambda: "abc"[10])
show(lambda: range(3)[3])
show(lambda: b"xy"[2])


def assign():
    items = [1, 2]
    items[2] = 3


show(assign)


def delete():
    items = [1]
    del items[1]


show(delete)
show(lambda: set().pop())
from collections import deque
show(lambda: deque().popleft())
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
e = KeyError("quoted")
print(str(e), repr(e), e.args)

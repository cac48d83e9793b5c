# del on values that have no item deletion: CPython says "doesn't" when a type with sequence methods is given an
# int key, and "does not" otherwise.
from collections import namedtuple


class Plain:
    pass


class Index:
    def __index__(self):
        return 0


Point = namedtuple("Point", "x y")

containers = [None, 3, 2.5, True, 1j, (1, 2), "ab", b"ab", range(3), {1}, frozenset([2]), {}.keys(),
              {1: 2}.values(), {1: 2}.items(), Plain(), Point(1, 2), iter([1])]
keys = [0, -1, True, 10 ** 30, "a", 1.5, None, (0,), Index()]
for c in containers:
    for k in keys:
        try:
            del c[k]
            print(type(c).__name__, repr(k), "deleted")
        except (TypeError, IndexError) as e:
            print(type(c).__name__, type(k).__name__, type(e).__name__, e)


def delete_first(x):
    del x[0]


for c in [(), "", b"", Plain(), None]:
    try:
        delete_first(c)
    except TypeError as e:
        print(e)

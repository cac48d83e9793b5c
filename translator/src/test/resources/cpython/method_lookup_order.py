# A method call finds its method before evaluating its arguments, as CPython does.
import math


class C:
    def m(self, x):
        return "old m " + str(x)

    def k(self, a, b=0, *, c=0):
        return "old k " + str(a + b + c)

    def many(self, a, b, c, d):
        return "old many " + str(a + b + c + d)

    @property
    def prop(self):
        C.m = lambda self, x: "m via property " + str(x)
        return 2

    @classmethod
    def cm(cls, x):
        return "old cm " + str(x)

    @staticmethod
    def sm(x):
        return "old sm " + str(x)


class D(C):
    def m(self, x):
        return "D.m then " + super().m(x)


class Indexer:
    def __getitem__(self, i):
        C.m = lambda self, x: "m via subscript " + str(x)
        return i * 10


def reset():
    C.m = lambda self, x: "reset m " + str(x)
    return 1


def rebind_m():
    C.m = lambda self, x: "new m " + str(x)
    return 1


def rebind_k():
    C.k = lambda self, a, b=0, c=0: "new k"
    return 5


def rebind_many():
    C.many = lambda self, a, b, c, d: "new many"
    return 4


def shadow(obj):
    obj.m = lambda x: "instance m " + str(x)
    return 3


def rebind_cm():
    C.cm = lambda self, x: "new cm"
    C.sm = lambda self, x: "new sm"
    return 6


def loud(x):
    print("argument evaluated", x)
    return x


def main():
    c = C()
    print(c.m(rebind_m()))
    print(c.m(1))
    print(c.k(rebind_k(), b=2))
    print(c.many(1, 2, 3, rebind_many()))
    print(c.m(shadow(c)))
    print(c.m(4))
    del c.m
    print(c.m(c.prop))
    print(c.m(5))
    print(c.m(Indexer()[3]))
    print(c.m(reset()))
    print(c.cm(rebind_cm()), c.sm(rebind_cm()))
    print(c.cm(7), c.sm(8))
    d = D()
    print(d.m(rebind_m()))
    x = 4
    print(c.m(x * 2 + 1), c.m(x < 3))
    print(math.floor(loud(3.5)))
    items = []
    items.append(loud(1))
    print(items)
    try:
        c.missing(loud(2))
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        math.missing(loud(3))
    except AttributeError as e:
        print("AttributeError:", e)


main()

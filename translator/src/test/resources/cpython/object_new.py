# A class's __new__ runs before __init__, as type.__call__ does it.


class Logged:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, sorted(kw.items()))
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("init", x, y)
        self.x = x


class Single:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst


class Counted:
    count = 0

    def __new__(cls, *args):
        cls.count += 1
        return object.__new__(cls)

    def __init__(self, n):
        self.n = n


class Child(Logged):
    def __init__(self, x):
        print("child init", x)


class Other:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never runs")


class Base:
    def __new__(cls, kind):
        target = {"a": SubA, "b": SubB}.get(kind, cls)
        return super().__new__(target)

    def __init__(self, kind):
        print("init of", type(self).__name__, "with", kind)


class SubA(Base):
    pass


class SubB(Base):
    def __init__(self, kind):
        print("SubB init", kind)


class NoInit:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


class Plain:
    def __init__(self, v):
        self.v = v


class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in Cached._cache:
            Cached._cache[key] = super().__new__(cls)
        return Cached._cache[key]

    def __init__(self, key):
        self.key = key
        self.hits = getattr(self, "hits", 0) + 1


class Err(Exception):
    def __new__(cls, *args):
        print("Err.__new__", args)
        return super().__new__(cls, *args)


class Factory:
    @classmethod
    def make(cls, v):
        return cls(v)

    def __new__(cls, v):
        print("Factory.__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


def main():
    a = Logged(1)
    b = Logged(2, y=3)
    print(a.x, b.x, type(a).__name__)
    print(Single() is Single())
    cs = [Counted(i) for i in range(5)]
    print(Counted.count, [c.n for c in cs])
    c = Child(7)
    print(type(c).__name__, isinstance(c, Logged))
    print(Other(21))
    print(type(Base("a")).__name__, type(Base("b")).__name__, type(Base("z")).__name__)
    n = NoInit(1, 2, 3)
    print(n.args)
    print(Cached("k") is Cached("k"), Cached("k").hits, Cached("j").hits)
    f = Factory.make(5)
    print(f.v)
    make = Factory
    print(make(6).v)
    try:
        raise Err("boom", 2)
    except Err as e:
        print("caught", e.args)
    s = Single.__new__(Single)
    print(s is Single._inst)
    print(type(object.__new__(Plain)).__name__)

    # a __new__ added after calls of the class ran
    ps = []
    for i in range(3):
        ps.append(Plain(i))

    def plain_new(cls, v):
        print("late new", v)
        return object.__new__(cls)

    Plain.__new__ = plain_new
    for i in range(3, 5):
        ps.append(Plain(i))
    print([p.v for p in ps])

    for bad in (lambda: object.__new__(Logged, 1), lambda: object.__new__(5), lambda: object.__new__(int),
                lambda: NoInit.__new__()):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


class Returns:
    def __new__(cls):
        return super().__new__(cls)

    def __init__(self):
        return 1


class Bare:
    pass


class Inited:
    def __init__(self, v):
        self.v = v


def errors():
    try:
        Returns()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Bare(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        object.__new__(Bare, 1)
    except TypeError as e:
        print("TypeError:", e)
    print(type(object.__new__(Inited, 1)).__name__)


main()
errors()

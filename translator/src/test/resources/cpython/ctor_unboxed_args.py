"""Constructor calls passing typed and speculated numbers: the fast call and each way it falls back."""


class Point:
    def __init__(self, x: int, y: float, tag: str) -> None:
        self.x = x
        self.y = y
        self.tag = tag

    def __repr__(self) -> str:
        return f"Point({self.x!r}, {self.y!r}, {self.tag!r})"


class Sub(Point):
    def __init__(self, x, y, tag):
        super().__init__(x * 2, y, tag + "!")


def build(n: int) -> list:
    out = []
    v = 1
    f = 0.5
    for i in range(n):
        v = v * 3 + i
        f = f * 1.5
        out.append(Point(v, f, "p"))
        out.append(Point(i, f, "q"))
    return out


def mixed(items: list) -> list:
    out = []
    for x in items:
        out.append(Point(x, 2.0, "m"))
    return out


class Source:
    def __init__(self, n) -> None:
        self.n = n

    def emit(self) -> "Point":
        return Point(self.n, 1.0, "attr")


class Computed:
    @property
    def n(self) -> int:
        return 41


def from_attrs() -> list:
    out = []
    for v in [5, 2**70, 3.5, "text", True, -(2**63)]:
        out.append(Source(v).emit())
    c = Computed()
    out.append(Point(c.n, 0.0, "property"))
    return out


def nested(src: Source) -> list:
    def inner(o):
        return Point(o.n, 3.0, "inner")
    make = lambda o: Point(o.n, 4.0, "lambda")
    pairs = [Point(s.n, 5.0, "comp") for s in [src, Source(9)]]
    try:
        Point(src.n)
    except TypeError as e:
        print("TypeError:", e)
    return [inner(src), make(src)] + pairs


def main() -> None:
    print(build(3))
    print(build(45)[-2:])  # v grows past 64 bits: the speculated local holds a big int
    print(mixed([1, True, 2.5, "s", 10**30]))
    global Point
    original = Point
    Point = Sub
    print(build(2))
    Point = original
    old_init = Point.__init__

    def init(self, x, y, tag):
        old_init(self, -x, y, tag.upper())
    Point.__init__ = init
    print(build(2))
    Point.__init__ = old_init
    print(build(1))
    print(from_attrs())
    print(nested(Source(6)))
    print(nested(Source(2**64)))
    n = 7
    print(Point(n, n, "int as float"), Point(1.5, 2.5, "float as int"))


main()

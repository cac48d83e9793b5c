"""Method and constructor sites that see several classes, methods replaced mid-loop, and overriding subclasses."""


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self, scale: int) -> str:
        return f"{self.name} x{scale}"


class Square(Shape):
    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r * self.r


class Dot(Shape):
    pass


class BigSquare(Square):
    def area(self) -> float:
        return 2 * super().area()

    def describe(self, scale: int) -> str:
        return "big " + super().describe(scale * 10)


class Tri(Shape):
    def __init__(self, b: float, h: float) -> None:
        super().__init__("tri")
        self.b = b
        self.h = h

    def area(self) -> float:
        return self.b * self.h / 2


def total(shapes: list[Shape], rounds: int) -> float:
    s = 0.0
    for k in range(rounds):
        for sh in shapes:
            s += sh.area()
        if k == rounds // 2:
            # replaced on a class mid-loop: every site must call the new method from now on
            Circle.area = lambda self: -1.0
        if k == rounds - 2:
            del Circle.area
    return s


shapes = [Square(2.0), Circle(1.0), Dot("dot"), BigSquare(1.5), Tri(3.0, 4.0)]
print(total(shapes, 10))
print([sh.describe(2) for sh in shapes])

# an instance attribute shadows the method for that instance only
odd = Square(5.0)
odd.area = lambda: "shadowed"
print([x.area() for x in [Square(1.0), odd, Square(3.0)]])
del odd.area
print(odd.area())


class Packet:
    def __init__(self, kind: str, size: int) -> None:
        self.kind = kind
        self.size = size


def build(n: int) -> list[Packet]:
    out = []
    for i in range(n):
        out.append(Packet("a" if i % 2 else "b", i))
        if i == n // 2:
            def init(self, kind, size):
                self.kind = kind.upper()
                self.size = -size
                self.extra = True
            Packet.__init__ = init
    return out


ps = build(6)
print([(p.kind, p.size, getattr(p, "extra", False)) for p in ps])
print([sorted(vars(p)) for p in ps[2:5]])


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def bump(self, by: int) -> int:
        self.n += by
        return self.n


class LoudCounter(Counter):
    def bump(self, by: int) -> int:
        return super().bump(by * 100)


class Weird(Counter):
    def __init__(self) -> None:
        pass

    def bump(self, by: int) -> int:
        self.n = getattr(self, "n", 1000) + by
        return self.n


counters = [Counter(), LoudCounter(), Weird(), Counter(), LoudCounter()]
acc = 0
for i in range(40):
    for c in counters:
        acc += c.bump(i % 3)
    if i == 20:
        LoudCounter.bump = Counter.bump
print(acc, [c.n for c in counters])


class BadInit:
    def __init__(self, v: int) -> None:
        self.v = v


def make(k: int) -> list[BadInit]:
    made = []
    for i in range(k):
        made.append(BadInit(i))
    return made


print(len(make(5)))
BadInit.__init__ = lambda self, v: v
try:
    make(3)
except TypeError as e:
    print("TypeError:", e)


class Unit:
    def __init__(self, v: int, scale: int = 1) -> None:
        self.v = v * scale

    @classmethod
    def make(cls, v: int) -> "Unit":
        return cls(v)


class Meter(Unit):
    pass


class Mile(Unit):
    def __init__(self, v: int, scale: int = 1609) -> None:
        super().__init__(v, scale)


kinds = [Unit, Meter, Mile]
made = []
for i in range(9):
    k = kinds[i % 3]
    made.append(k.make(i) if i % 2 else k(i, scale=2))
    if i == 5:
        Meter.__init__ = lambda self, v, scale=1: setattr(self, "v", -v)
print([(type(m).__name__, m.v) for m in made])

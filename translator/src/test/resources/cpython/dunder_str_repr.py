# __str__ and __repr__: which one print, str(), repr(), f-strings and containers use.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"<OnlyRepr {self.tag}>"


class OnlyStr:
    def __str__(self):
        return "only str"


p = Point(1, 2.5)
print(p)
print(str(p), repr(p))
print([p, Point("a", None)])
print((p,), {"key": p})
print(f"{p} {p!r} {p!s}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))

r = OnlyRepr("x")
print(r, str(r), [r])
print(f"{r}")

s = OnlyStr()
print(s)
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(str([s]).startswith("[<__main__.OnlyStr object at"))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, frac = divmod(abs(self.cents), 100)
        return f"{sign}${whole:,}.{frac:02d}"

    def __repr__(self):
        return f"Money(cents={self.cents})"


for cents in [0, 5, 199, -250, 123456789]:
    m = Money(cents)
    print(str(m), repr(m))


class Nested:
    def __repr__(self):
        return "Nested(" + repr([Point(0, 0), "s"]) + ")"


print(Nested())
print(repr("quote's"), str(["quote's", 'dq"']))

"""Instances of one class that need different numbers of attributes, and method calls whose arguments run code
(the method is found before they run, whether on an instance, a built-in value, a module or super())."""
import math


class Record:
    def __init__(self, n: int) -> None:
        self.n = n
        if n % 3 == 0:
            self.tag = "t" + str(n)
        if n % 4 == 0:
            self.ratio = n / 4
            self.extra = [n]


records = [Record(k) for k in range(14)]
for r in records:
    print(r.n, vars(r))
late = records[5]
late.added = 1.5
late.more = "m"
del late.n
late.n = -5
print(vars(late), late.n, getattr(late, "added"))
setattr(records[0], "ratio", 7)
print(list(vars(records[0])), records[0].ratio)


class Other(Record):
    def __init__(self, n: int) -> None:
        self.first = "o"
        super().__init__(n)


print([vars(Other(k)) for k in (3, 4)])


class Counter:
    def __init__(self) -> None:
        self.total = 0

    def add(self, k: int) -> int:
        self.total += k
        return self.total

    def rebind(self, k: int) -> int:
        Counter.add = lambda self, k: -k
        return k


c = Counter()
print([c.add(c.total + 1) for _ in range(4)])
print(c.add(c.rebind(10)), c.add(3))


def noisy(v: int) -> int:
    print("argument", v)
    return v


class Base:
    def add(self, k: int) -> int:
        return k + 1


class Child(Base):
    def add(self, k: int) -> int:
        return super().add(noisy(k)) * 2


print(Child().add(4), Child().add(6))
d = {"a": 1}
print(d.get(str(noisy(0)) and "a", 0), d.get("b", noisy(2)))
print(math.floor(noisy(3) / 2), math.gcd(noisy(12), 18))
shadow = Base()
shadow.add = lambda k: ("shadowed", k)
print(shadow.add(noisy(5)))

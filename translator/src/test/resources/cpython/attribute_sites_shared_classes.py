"""One attribute or method place that sees instances of several classes keeps each class's lookups apart: a change
to one class (or to a base) is seen at once for its instances and its subclasses', and never disturbs the others."""


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name
        self.size = 1

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}:{self.area()}"


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3 * self.radius * self.radius


class Label:
    """Not a shape: same attribute names, another class."""

    def __init__(self, name):
        self.name = name
        self.size = 10

    def area(self):
        return -1


def report(items):
    # the same reads, writes and calls for every item, whatever its class
    out = []
    for it in items:
        it.size = it.size + 1
        out.append(f"{it.name}/{it.size}/{it.area()}")
    return " ".join(out)


items = [Square(2), Circle(1), Label("tag"), Shape("blob")]
for _ in range(3):
    print(report(items))

# an attribute given to one instance only, later
items[1].extra = "x"
print(report(items), getattr(items[1], "extra"), hasattr(items[3], "extra"))

# a method replaced on one class: its subclasses follow, the other classes do not
Shape.area = lambda self: 100
print(report(items))
Circle.area = lambda self: 7
print(report(items))
del Circle.area
print(report(items))

# a class attribute, then a property, defined after instances exist
Shape.kind = "shape"
print([getattr(it, "kind", "none") for it in items])
class Fixed:
    @property
    def size(self):
        return 42


Shape.size = Fixed.size
try:
    print(report(items))
except AttributeError as e:
    print("AttributeError:", e)
print([it.size for it in items])
del Shape.size
print([it.size for it in items])

# an instance attribute shadowing a method, then removed
items[0].area = lambda: "own"
print(report(items))
del items[0].area
print(report(items))

# del then read: CPython's message
del items[2].size
try:
    print(items[2].size)
except AttributeError as e:
    print("AttributeError:", e)
items[2].size = 0
print(report(items))

# __dict__ reads see what the sites wrote
print([sorted(it.__dict__.items()) for it in items])
print([type(it).__name__ for it in items], [getattr(it, "sides", None) for it in items])

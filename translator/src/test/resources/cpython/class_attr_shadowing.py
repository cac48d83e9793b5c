"""Instance attributes shadow class attributes and methods; one place in the code sees many layouts."""


class Shape:
    sides = 0
    kind = "shape"

    def area(self):
        return 0

    def name(self):
        return self.kind


class Square(Shape):
    sides = 4
    kind = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Rect(Shape):
    sides = 4
    kind = "rect"

    def __init__(self, w, h):
        self.h = h
        self.w = w

    def area(self):
        return self.w * self.h


class Tri(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h / 2


def report(shapes):
    # one attribute read and one method call site, seeing several classes and dictionary layouts
    return [(s.name(), s.sides, s.area()) for s in shapes]


shapes = [Square(2), Rect(2, 3), Tri(4, 5), Shape(), Square(3)]
for _ in range(2):
    print(report(shapes))

# an instance attribute shadows the class attribute for that instance only
shapes[0].sides = 40
shapes[0].kind = "big square"
print(report(shapes))

# a method replaced on one instance is what that instance calls
shapes[1].area = lambda: "own area"
shapes[1].name = "not callable"
try:
    print(report(shapes))
except TypeError as e:
    print("TypeError:", e)
del shapes[1].name
print(report(shapes))
del shapes[1].area
print(report(shapes))

# attributes added in a different order give a different layout, same values
a = Square(1)
b = Square(1)
b.extra = 1
a.extra = 1
b.side = 5
for obj in (a, b, a, b):
    obj.side += 1
    print(obj.side, obj.extra, obj.area(), list(vars(obj)))

# removing an attribute and adding it again moves it to the end of __dict__
del a.side
try:
    a.area()
except AttributeError as e:
    print("AttributeError:", e)
a.side = 7
print(list(vars(a)), a.area())


class Slotless:
    pass


objs = [Slotless() for _ in range(3)]
for i, o in enumerate(objs):
    for k in range(i + 1):
        setattr(o, "a%d" % k, k * i)
for o in objs:
    print(sorted(vars(o).items()), getattr(o, "a0"), hasattr(o, "a2"))

# Polymorphism through overriding: abstract-style base methods, dispatch over a list, super() in __str__.
import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError

    def __str__(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)

    def __str__(self):
        return super().__str__() + f" side={self.w}"


class Blob(Shape):
    pass


shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in shapes:
    print(s)
print(f"total area {sum(s.area() for s in shapes):.4f}")
largest = max(shapes, key=lambda s: s.area())
print("largest:", largest.name, type(largest).__name__)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_kind)
try:
    print(Blob())
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e))
print([isinstance(s, Rect) for s in shapes], [s.name for s in sorted(shapes, key=lambda s: s.area())])

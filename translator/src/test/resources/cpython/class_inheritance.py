# Single inheritance: overriding, super(), inherited attributes and isinstance/issubclass.

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "a square: " + super().describe()


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        Shape.__init__(self, "triangle")
        self.base = base
        self.height = height

    def area(self):
        return 0.5 * self.base * self.height


shapes = [Shape("point"), Rectangle(2, 3.5), Square(4), Triangle(3, 5)]
for shape in shapes:
    print(shape.describe())

print(sum(s.area() for s in shapes))
print(isinstance(shapes[2], Rectangle), isinstance(shapes[2], Shape), isinstance(shapes[1], Square))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Triangle, object))
print([type(s).__name__ for s in shapes])
print(Square.__bases__[0].__name__, Rectangle.__base__.__name__)
print([c.__name__ for c in Square.__mro__])
print(Square.sides, Triangle.sides, Shape.sides)


class Base:
    def hello(self):
        return "Base.hello"

    def call_hello(self):
        return self.hello()


class Derived(Base):
    def hello(self):
        return "Derived.hello"


print(Derived().call_hello(), Base().call_hello())

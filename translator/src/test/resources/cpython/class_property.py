# property with getter, setter and deleter; validation in the setter; read-only properties.

class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError(f"radius must be non-negative, got {value}")
        self._radius = value

    @property
    def diameter(self):
        return self._radius * 2

    @diameter.setter
    def diameter(self, value):
        self.radius = value / 2

    @property
    def area(self):
        return 3.14159 * self._radius ** 2


c = Circle(2)
print(c.radius, c.diameter, c.area)
c.diameter = 10
print(c.radius, c.diameter, round(c.area, 3))
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)


class Person:
    def __init__(self, first, last):
        self.first = first
        self.last = last
        self._nickname = None

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

    @property
    def nickname(self):
        return self._nickname or self.first

    @nickname.setter
    def nickname(self, value):
        self._nickname = value

    @nickname.deleter
    def nickname(self):
        print("forgetting nickname", self._nickname)
        self._nickname = None


p = Person("Katherine", "Johnson")
print(p.full_name, p.nickname)
p.nickname = "Kat"
print(p.nickname)
del p.nickname
print(p.nickname)
p.first = "K."
print(p.full_name)
print(type(Person.full_name).__name__)

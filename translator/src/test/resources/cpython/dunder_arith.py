# Arithmetic dunders: __add__, __sub__, __mul__, __rmul__, __neg__, __abs__, __iadd__, __bool__.

class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


a = Vector(3, 4)
b = Vector(-1, 2)
print(a + b, a - b, a * 2, 3 * a, a * b)
print(-a, abs(a), a / 2)
print(bool(a), bool(Vector(0, 0)))
c = a
c += b
print(c, a, c is a)
print(sum([a, b, Vector(1, 1)], Vector(0, 0)))
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "text" - a
except TypeError as e:
    print("TypeError:", e)

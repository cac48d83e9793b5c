# Multiple inheritance: C3 linearisation and cooperative super() calls through a diamond.

class Root:
    def __init__(self):
        self.trail = ["Root"]

    def who(self):
        return "Root"

    def chain(self):
        return ["Root"]


class Left(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return "Right"

    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")

    def chain(self):
        return ["Bottom"] + super().chain()


class Other(Right, Left):
    pass


b = Bottom()
print([c.__name__ for c in Bottom.__mro__])
print(b.trail)
print(b.chain())
print(b.who())
print([c.__name__ for c in Other.__mro__])
print(Other().who(), Other().chain())


class A:
    def f(self):
        return "A"


class B(A):
    pass


class C(A):
    def f(self):
        return "C"


class D(B, C):
    pass


print(D().f(), [k.__name__ for k in D.mro()])


class Mixin:
    def greet(self):
        return f"Hello from {self.name()}"


class Named:
    def name(self):
        return type(self).__name__


class Person(Mixin, Named):
    pass


print(Person().greet())
try:
    class Broken(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# Multiple inheritance beyond the diamond: inherited overrides, mixins that rely on a sibling, and an
# inconsistent base order that C3 linearisation rejects.

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

import abc
from abc import ABC, abstractmethod
import copy


class Shape(ABC):
    def __init__(self, label):
        self.label = label

    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{self.label}: {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


shapes = [Square(2), Circle(1.5), Square(0.5)]
for s in shapes:
    print(s.describe(), isinstance(s, Shape), isinstance(s, ABC))
print(sum(s.area() for s in shapes))
print(ABC, issubclass(Square, ABC), Shape.__mro__[-2:] == (ABC, object))


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("shape", lambda: Shape("x"))


class Plugin(ABC):
    @abstractmethod
    def start(self):
        pass

    @abstractmethod
    def stop(self):
        pass

    @property
    @abstractmethod
    def name(self):
        pass

    @staticmethod
    @abstractmethod
    def kind():
        pass


class Half(Plugin):
    def start(self):
        return "started"


class Full(Half):
    name = "full"

    def stop(self):
        return "stopped"

    @staticmethod
    def kind():
        return "static"


attempt("plugin", lambda: Plugin())
attempt("half", lambda: Half())
f = Full()
print(f.start(), f.stop(), f.name, Full.kind())


class Named(ABC):
    @property
    @abstractmethod
    def title(self):
        ...


class Book(Named):
    @property
    def title(self):
        return "Dune"


print(Book().title)
attempt("named", lambda: Named())


class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"


class Child(Base):
    def run(self):
        return "child then " + super().run()


print(Child().run())
print(ABC() is not None, type(ABC()).__name__)


def plain(x):
    return x


marked = abstractmethod(plain)
print(marked is plain, plain.__isabstractmethod__)
attempt("abstractmethod int", lambda: abc.abstractmethod(3))
attempt("abstractmethod no args", lambda: abc.abstractmethod())
attempt("object new", lambda: object.__new__(Half))
attempt("copy concrete", lambda: copy.copy(Square(3)).area())


class Mixin:
    @abstractmethod
    def helper(self):
        pass


class Uses(Base, Mixin):
    def run(self):
        return "uses"


print(Uses().run())


class Later(ABC):
    @abstractmethod
    def go(self):
        pass


class Impl(Later):
    def go(self):
        return "go"


print(Impl().go(), [type(Impl()).__name__ for _ in range(3)])


class Patched(ABC):
    @abstractmethod
    def run(self):
        pass


Patched.run = lambda self: "patched"
attempt("patched later", lambda: Patched())

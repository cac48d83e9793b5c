import abc
from abc import ABCMeta, ABC, abstractmethod, update_abstractmethods


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @property
    @abstractmethod
    def size(self):
        ...


class Other(metaclass=abc.ABCMeta):
    pass


class Plain(metaclass=type):
    pass


print(type(Base), type(Other), type(Plain), type(ABC), ABCMeta, repr(abc.ABCMeta))
print(isinstance(Base, ABCMeta), isinstance(Base, type), isinstance(Plain, ABCMeta), issubclass(ABCMeta, type))
print(Base.__mro__, Other.__bases__, sorted(Base.__abstractmethods__), Other.__abstractmethods__)
print(type(Base).__name__, Base.__class__ is ABCMeta, type(ABCMeta))
attempt("base", lambda: Base())


class Half(Base):
    def run(self):
        return "run"


class Full(Half):
    size = 3

    @classmethod
    def make(cls):
        return cls()


attempt("half", lambda: Half())
print(sorted(Half.__abstractmethods__), Full.__abstractmethods__, Full.make().run(), Full().size, type(Full))
Half.make = classmethod(lambda cls: 1)
Half.size = 2
attempt("half after assignment", lambda: Half())
update_abstractmethods(Half)
print(Half.__abstractmethods__, Half().run(), update_abstractmethods(Plain) is Plain)
attempt("abstract of plain", lambda: Plain.__abstractmethods__)
attempt("register on plain", lambda: Plain.register)
attempt("register on an instance", lambda: Full().register)


# register: virtual subclasses, also as a class decorator
class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...


@Sized.register
class Box:
    def __len__(self):
        return 4


class BigBox(Box):
    pass


print(Box.__name__, isinstance(Box(), Sized), issubclass(BigBox, Sized), isinstance(BigBox(), Sized))
print(Sized.register(list) is list, isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized))
Sized.register(int)
print(isinstance(3, Sized), isinstance(True, Sized), issubclass(bool, Sized), isinstance(2.5, Sized))
print(Box.__mro__, issubclass(Box, ABC), isinstance(Box(), ABC))
attempt("register a value", lambda: Sized.register(3))
attempt("register a base", lambda: Sized.register(ABC))
attempt("register twice", lambda: Sized.register(Box))
attempt("issubclass of a value", lambda: issubclass(3, Sized))


class Wide(Sized):
    pass


class Narrow(Wide):
    pass


Narrow.register(dict)
print(issubclass(dict, Narrow), issubclass(dict, Wide), issubclass(dict, Sized), issubclass(set, Wide))
print(isinstance({}, (str, Wide)), issubclass(dict, (float, Narrow)))


# __subclasshook__ decides first, and its answers are cached as CPython caches them
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        print("  hook", cls.__name__, C.__name__)
        if getattr(C, "quack", None) is not None:
            return True
        if C.__name__ == "Liar":
            return False
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Liar(Quacks):
    pass


class Robot:
    pass


print(isinstance(Duck(), Quacks), isinstance(Duck(), Quacks), issubclass(Duck, Quacks))
print(issubclass(Liar, Quacks), isinstance(Liar(), Quacks), isinstance(Quacks(), Quacks))
print(isinstance(Robot(), Quacks), isinstance(Robot(), Quacks))
Quacks.register(float)
print(isinstance(Robot(), Quacks), isinstance(1.5, Quacks))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


attempt("bad hook", lambda: issubclass(int, BadHook))

# a class made by calling the metaclass
Made = ABCMeta("Made", (Sized,), {"__len__": lambda self: 0})
print(Made, type(Made), len(Made()), isinstance(Made(), Sized), Made.__abstractmethods__)
attempt("metaclass arity", lambda: ABCMeta("X", ()))


# exceptions and ABCs
class Failure(Exception, ABC):
    @abstractmethod
    def code(self):
        ...


class NotFound(Failure):
    def code(self):
        return 404


try:
    raise NotFound("gone")
except Failure as e:
    print(type(e).__name__, e, e.code(), isinstance(e, Failure), type(Failure))
attempt("abstract exception", lambda: Failure("x"))

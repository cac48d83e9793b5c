# A Generic[T] base is a real class, typing.Generic, in the MRO of the generic class and its subclasses; an
# exception has a traceback only once it has been raised.
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class IntBox(Box[int]):
    pass


class Pair(Generic[K, T]):
    def __init__(self, key: K, value: T):
        self.key, self.value = key, value


class Labeled(IntBox):
    label = "x"


print(Box.__mro__)
print(IntBox.__mro__)
print(Labeled.__mro__, Pair.__mro__)
print(Generic, Box, IntBox.__bases__, Box.__bases__)
print(Box(1).get(), IntBox(2).item, Pair("k", 3.5).value, isinstance(IntBox(2), Box), issubclass(Box, Generic))
print(isinstance(Box(1), Generic), Generic.__name__, Generic.__module__, Box.__module__, IntBox.__module__)
print([n for n in dir(Box) if n not in dir(object)], [n for n in dir(Labeled(3)) if n not in dir(object)])

e = ValueError("never raised")
print(e.__traceback__, e.__cause__, e.__context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is None, type(caught.__traceback__).__name__)


class AppError(Exception):
    pass


made = AppError("made")
print(made.__traceback__, repr(made))


def fail():
    raise AppError("from a function")


try:
    fail()
except AppError as err:
    print(err.__traceback__ is not None)
try:
    {}["missing"]
except KeyError as err:
    print(err.__traceback__ is not None, err)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    print(outer.__traceback__ is None, outer.__cause__.__traceback__ is None, ValueError().__traceback__)

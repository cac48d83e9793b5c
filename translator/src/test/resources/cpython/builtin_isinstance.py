# isinstance, issubclass and type(): tuples of types, bool as int, and type names.

values = [1, 1.0, True, "s", b"b", None, [1], (1,), {1: 1}, {1}, frozenset(), range(1)]
for v in values:
    names = [t.__name__ for t in (int, float, bool, str, bytes, list, tuple, dict, set) if isinstance(v, t)]
    print(repr(v), type(v).__name__, names)
print(isinstance(3, (str, int)), isinstance("x", (int, float)), isinstance(True, (float, int)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)))
print(type(3) is int, type(True) is int, type(True) is bool, type(3.0) == float)
print(type(None).__name__, type(type).__name__, type(int).__name__, type(int) is type)


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


p = Puppy()
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog(), Puppy), type(p) is Dog)
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Puppy, (int, Dog)))
print(type(p).__name__, type(p).__mro__[1].__name__, p.__class__.__name__)
print(isinstance(Dog, type), isinstance(p, object), isinstance(None, object))
print(callable(p), callable(Puppy), callable(len), callable(None), callable(lambda: 0))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print([c.__name__ for c in KeyError.__mro__])
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print("TypeError:", e)

"""staticmethod, classmethod and property called as functions, and their objects used as values."""


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    def _get(self):
        return self._celsius

    def _set(self, value):
        print("setting", value)
        self._celsius = value

    def _delete(self):
        print("deleting")
        del self._celsius

    celsius = property(_get, _set, _delete)
    read_only = property(fget=_get)
    write_only = property(None, _set)

    def _double(x):
        return x * 2

    double = staticmethod(_double)

    def _describe(cls, unit):
        return f"{cls.__name__} in {unit}"

    describe = classmethod(_describe)
    print(isinstance(celsius, property), isinstance(double, staticmethod), isinstance(describe, classmethod),
          isinstance(_get, property))


class Fahrenheit(Temperature):
    pass


t = Temperature(21)
print(t.celsius, t.read_only)
t.celsius = 25
print(t.celsius)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.read_only = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(t.write_only)
except AttributeError as e:
    print("AttributeError:", e)
t.write_only = 30
print(t.read_only)

print(Temperature.double(4), t.double("ab"))
print(Temperature.describe("C"), Fahrenheit.describe("F"), Fahrenheit(1).describe("K"))

wrapped = [staticmethod(len), classmethod(len), property(len)]
print([type(w).__name__ for w in wrapped])

for make in (lambda: staticmethod(), lambda: staticmethod(len, len), lambda: classmethod(),
             lambda: property(1, 2, 3, 4, 5), lambda: property(foo=1), lambda: property(len, fget=len)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

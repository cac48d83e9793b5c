# staticmethod and classmethod objects taken from a class namespace: staticmethods are callable (3.10+),
# classmethods are not, and both name their Python type, never an implementation class.


class C:
    @staticmethod
    def s(x=1):
        return ("s", x)

    @classmethod
    def c(cls, y=2):
        return (cls.__name__, y)


sm = vars(C)["s"]
print(type(sm).__name__, callable(sm))
print(sm(), sm(5), sm(x=7))
print(C.__dict__["s"].__func__(3))
print(sm.__func__ is C.s)

cm = vars(C)["c"]
print(type(cm).__name__, callable(cm))
print(cm.__func__(C, 9))
try:
    cm()
except TypeError as e:
    print("TypeError:", e)


def double(n):
    return n * 2


wrapped = staticmethod(double)
print(type(wrapped).__name__, callable(wrapped), wrapped(21))
print(isinstance(wrapped, staticmethod), isinstance(wrapped, classmethod))
try:
    classmethod(double)(1)
except TypeError as e:
    print("TypeError:", e)

prop = property(lambda self: 1)
print(type(prop).__name__, callable(prop))
try:
    prop()
except TypeError as e:
    print("TypeError:", e)
try:
    len(sm)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(cm)
except TypeError as e:
    print("TypeError:", e)
print(prop.fget(None), prop.fset, vars(C)["s"] is vars(C)["s"], staticmethod(double) == staticmethod(double))

# Docstrings: functions, methods and classes get theirs as __doc__; without one, __doc__ is None.
def f():
    "doc f"
    return 1
def g():
    return 2
class C:
    """Class doc."""
    def m(self):
        """method doc"""
class D:
    x = 1
def co():
    "co doc"
print(f.__doc__, g.__doc__, C.__doc__, C().__doc__, C.m.__doc__, C().m.__doc__, D.__doc__, D().__doc__, co.__doc__)
def outer():
    def inner():
        'in\ndoc'
    return inner
print(repr(outer().__doc__), (lambda: 1).__doc__)

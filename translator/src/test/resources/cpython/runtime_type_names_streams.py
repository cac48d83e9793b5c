# The standard streams and NotImplemented name their CPython types, in messages and in type(x).__name__.
import sys


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented


for v in (sys.stdout, sys.stderr, sys.stdin, NotImplemented, Money(1).__add__(2)):
    try:
        v + 1
    except TypeError as e:
        print(type(v).__name__, "|", e)
    try:
        v()
    except TypeError as e:
        print("TypeError:", e)
try:
    Money(1) + 2
except TypeError as e:
    print("TypeError:", e)
print((Money(1) + Money(2)).cents)

"""Subscripting a class that does not define __class_getitem__, against an instance without __getitem__, a class
that defines it, and an enum class (which looks members up by name)."""
from enum import Enum


class K:
    pass


class Registry:
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"


class Color(Enum):
    RED = 1


for thunk in (lambda: K[0], lambda: int[0], lambda: str["x"], lambda: K()[0], lambda: Registry[3],
              lambda: Registry["a", 2], lambda: Color["RED"], lambda: Color["BLUE"]):
    try:
        print(thunk())
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)

import enum
from enum import Enum


class Color(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    RED = (1, "red")


class Bits(enum.IntFlag):
    def __new__(cls, value):
        return int.__new__(cls, value)

    A = 1


class NotAnEnum:
    def __new__(cls):
        return super().__new__(cls)

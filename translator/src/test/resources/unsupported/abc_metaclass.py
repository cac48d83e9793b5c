from abc import ABCMeta, abstractproperty, get_cache_token
import abc


class Meta(ABCMeta):
    pass


class Shape(metaclass=Meta):
    pass


class Square(metaclass=abc.ABCMeta):
    pass

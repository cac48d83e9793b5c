import abc
import math as m
import random


class Shape(abc.ABC):
    @abc.abstractproperty
    def area(self):
        pass


def spread(values):
    total = m.fsum(values)
    return random.SystemRandom().random() * total


print(abc.get_cache_token(), m.pi, random.random())

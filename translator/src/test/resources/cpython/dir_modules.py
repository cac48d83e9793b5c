# dir(module) on the standard modules whose public names are all provided: CPython's sorted listing.
import cmath
import itertools
import string
from itertools import chain


def public(names):
    return [n for n in names if not n.startswith("_")]


print(public(dir(cmath)))
print(public(dir(itertools)))
print(public(dir(string)))
print([n for n in dir(cmath) if n.startswith("__")], "__name__" in dir(string), "chain" in dir(itertools))
print(dir(cmath) == sorted(dir(cmath)), len(public(dir(itertools))), public(dir(cmath))[:10])
print([callable(getattr(cmath, n)) for n in public(dir(cmath))])
print(sorted(n for n in public(dir(string)) if isinstance(getattr(string, n), str)))
print(list(getattr(itertools, public(dir(itertools))[1])([1], [2])), list(chain("ab")), [type(getattr(cmath, n)).__name__ for n in ["e", "inf", "infj"]])

# dir(math): CPython's sorted listing of the module's names, every public name but the five constants callable.
import math

names = [n for n in dir(math) if not n.startswith("_")]
print(names)
print(len(names), names == sorted(names), "__name__" in dir(math), "__doc__" in dir(math))
print([n for n in names if not callable(getattr(math, n))])
print([n for n in names if n.startswith("e")], [n for n in names if "gamma" in n])
print([getattr(math, n)(1.0) for n in ["erf", "erfc", "exp2", "gamma", "lgamma"]])

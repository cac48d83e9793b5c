"""Library functions and modules as values: names, types, reprs, identity, as CPython shows them."""
import math
import json
import random
print(math.__name__, json.__name__)
print(type(math.sin).__name__, math.sin.__name__, math.gamma.__name__)
print(type(len).__name__, len.__name__, repr(len))
print(repr(math.sqrt))
print(type(math).__name__)
print(random.choice.__name__)
print(math.sqrt.__module__, type(math.sqrt) is type(math.cos), callable(math.sqrt))
f = math.floor
print(f(2.5), list(map(math.sqrt, [4, 9])), f is math.floor)
try:
    math.sqrt.__nope__
except AttributeError as e:
    print("AttributeError", e)

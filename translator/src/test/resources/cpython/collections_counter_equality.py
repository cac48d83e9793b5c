# Counter equality since Python 3.10: a missing element counts as zero between Counters; against a plain dict it is
# dict equality. Ints' and bools' numeric attributes.
from collections import Counter

a = Counter(a=1)
b = Counter(a=1, b=0)
print(a == b, b == a, a != b, a == {"a": 1}, {"a": 1} == a, b == {"a": 1}, {"a": 1, "b": 0} == b, a == Counter())
print(Counter() == Counter(x=0), Counter("aab") == Counter({"a": 2, "b": 1}), Counter(a=2) == Counter(a=3))
print([Counter(a=1, b=0)].count(Counter(a=1)), Counter(a=1) in [Counter(a=1, z=0)], Counter(a=-1) == Counter(a=-1, b=0))
c = Counter("hello")
c.subtract("l")
d = Counter("helo")
print(c == d, c["l"], d - Counter("o") == Counter("hel"), (c - d) == Counter(), c.total() == d.total())
c["z"] = 0
print(c == d, len(c), len(d), c != d, Counter(x=0, y=0) == Counter(), Counter(x=1, y=0) == Counter(x=1, z=0))
x = 7
print(x.real, x.imag, x.numerator, x.denominator, True.real, False.imag, True.numerator, True.denominator)
print(type(True.real).__name__, type(x.imag).__name__, (10 ** 20).real, (-3).conjugate(), True.conjugate())

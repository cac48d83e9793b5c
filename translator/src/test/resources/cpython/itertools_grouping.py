# itertools groupby (consecutive keys only), accumulate (with functions and initial), pairwise, compress.
from itertools import groupby, accumulate, pairwise, compress, filterfalse, tee
import operator

data = "aaabccddddae"
print([(k, len(list(g))) for k, g in groupby(data)])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda n: n % 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print({k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])})
print([(k, list(g)) for k, g in groupby(words, key=len)])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([])))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])], list(pairwise("a")))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 3, range(10))))
a, b = tee([1, 2, 3])
print(list(a), list(b))
runs = "WWWWBBBWWBW"
encoded = "".join(f"{len(list(g))}{k}" for k, g in groupby(runs))
print(encoded)
balance = list(accumulate([100, -20, -50, 30, -80], initial=0))
print(balance, min(balance))

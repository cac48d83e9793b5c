# functools.partial (positional and keyword freezing) and reduce (with and without an initial value).
from functools import partial, reduce
import operator


def power(base, exponent, modulo=None):
    return pow(base, exponent, modulo)


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10), two_to(10, 1000), square(7, modulo=10))
print(square.func.__name__, square.args, square.keywords, two_to.args)
int_from_binary = partial(int, base=2)
print(int_from_binary("1010"), int_from_binary("11111111"))
print_csv = partial(print, sep=",")
print_csv("a", "b", "c")
nested = partial(partial(power, 3), 4)
print(nested(), nested(5))

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 11), 1))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), reduce(max, [3, 9, 2]), reduce(operator.add, [], 0))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], []), reduce(operator.concat, ["a", "b", "c"]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("x", 1), ("y", 2)], {}))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(lambda x: x + 1, lambda x: x * 2, str)
print(repr(pipeline(4)))
print(list(map(partial(operator.mul, 3), [1, 2, 3])), sorted(["b", "A", "c"], key=partial(str.lower)))

# Higher-order functions with lambdas: currying, composition, dispatch tables, and key functions.
from functools import reduce


def curry(f):
    return lambda a: lambda b: f(a, b)


add = curry(lambda a, b: a + b)
mul = curry(lambda a, b: a * b)
print(add(2)(3), mul(4)(5), list(map(add(10), [1, 2, 3])))


def compose(*funcs):
    return reduce(lambda f, g: lambda x: f(g(x)), funcs, lambda x: x)


shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello  "), compose()(42))

dispatch = {
    "abs": abs,
    "neg": lambda x: -x,
    "sq": lambda x: x * x,
    "half": lambda x: x / 2,
    "inv": lambda x: 1 / x if x else float("inf"),
}
for name in ["abs", "neg", "sq", "half", "inv"]:
    print(name, [dispatch[name](v) for v in (-4, 0, 2)])

apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(lambda x: x * 2, 10)(1), apply_n(str.upper, 0)("same"))

counters = [(lambda start: lambda: start + 1)(s) for s in range(3)]
print([c() for c in counters])
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9)]
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(max(people, key=lambda p: p[2])[0], min(people, key=lambda p: (p[1], p[0]))[0])
print(list(filter(lambda p: p[1] > 30, people)), list(map(lambda p: p[0].title(), people)))
memo = {}
fib = lambda n: memo[n] if n in memo else memo.setdefault(n, n if n < 2 else fib(n - 1) + fib(n - 2))
print(fib(80), len(memo))
print((lambda *a, **k: (len(a), sorted(k)))(1, 2, z=0, y=1))

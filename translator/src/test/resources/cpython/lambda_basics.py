# Lambdas are expressions: defaults, closures, immediate calls, and use as arguments.

square = lambda x: x * x
add = lambda a, b=10: a + b
both = lambda *args, **kwargs: (args, kwargs)
print(square(7), add(1), add(1, 2))
print(both(1, 2, k=3))
print((lambda: "called at once")())
print((lambda x, y: x ** y)(2, 16))

compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))

operations = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
}
for symbol, op in operations.items():
    print(f"7 {symbol} 2 = {op(7, 2)}")

print(list(map(lambda s: s.upper(), ["a", "bc", "def"])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))

conditional = lambda n: "even" if n % 2 == 0 else "odd"
print([conditional(n) for n in range(5)])

print(square.__name__)


def make_adder(n):
    return lambda x: x + n


adders = [make_adder(i) for i in range(3)]
print([f(100) for f in adders])
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))

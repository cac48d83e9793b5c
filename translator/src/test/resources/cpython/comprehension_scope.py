# Comprehension scoping: loop variables do not leak, the first iterable is evaluated outside,
# and class bodies are not visible from inside comprehensions.

i = "module i"
result = [i for i in range(3)]
print(i, result)


def outer():
    factor = 10
    return [n * factor for n in range(4)]


print(outer())


def closures():
    return [lambda: n for n in range(3)]


print([f() for f in closures()])


def bound():
    return [lambda n=n: n for n in range(3)]


print([f() for f in bound()])


class Config:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    limit = 2


print(Config.doubled)
try:
    class Broken:
        limit = 2
        small = [v for v in range(5) if v < limit]
except NameError as e:
    print("NameError:", e)

total = 0
data = [(1, 2), (3, 4)]
print([total + a * b for a, b in data], total)
print([(y := x * 2) for x in range(3)], y)
nested = [[(r, c) for c in range(2)] for r in range(2)]
print(nested)
gen = (n for n in range(3))
print(list(gen), list(gen))
names = ["a", "b"]
funcs = {name: (lambda name=name: name.upper()) for name in names}
print({k: f() for k, f in funcs.items()})
x = 5
print([x for x in range(x)])
print(x)

# Positional and keyword arguments bind to parameters by position first, then by name.

def describe(name, age, city):
    return f"{name} is {age} and lives in {city}"


def area(width, height):
    return width * height


def order(first, second, third):
    return [first, second, third]


print(describe("Ada", 36, "London"))
print(describe(age=41, city="Paris", name="Marie"))
print(describe("Alan", city="Manchester", age=41))
print(area(3, 4))
print(area(height=2, width=10))
print(order(1, 2, 3))
print(order(3, third=1, second=2))

args = (7, 8, 9)
print(order(*args))
kwargs = {"third": "c", "first": "a", "second": "b"}
print(order(**kwargs))
print(order(*[1], **{"second": 2, "third": 3}))


def nothing():
    pass


print(nothing())
print(nothing() is None)


def swap(a, b):
    return b, a


x, y = swap(1, 2)
print(x, y)
print(swap(b="left", a="right"))


def total(a, b, c):
    return a + b + c


print(total(1, *(2, 3)))
print(total(*"abc"))
print(total(*[[1], [2], [3]]))

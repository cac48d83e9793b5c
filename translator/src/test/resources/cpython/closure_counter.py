# Closures capture variables, not values; each call of the factory gets its own cell.

def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


a = make_counter()
b = make_counter(100)
print(a(), a(), a(5))
print(b(), b(-50))
print(a())


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return list(items)

    return add


acc = make_accumulator()
print(acc(1))
print(acc("two"))


def make_multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])


def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers_bound()])


def make_pair():
    shared = 0

    def get():
        return shared

    def put(v):
        nonlocal shared
        shared = v

    return get, put


get, put = make_pair()
print(get())
put(42)
print(get())
print(make_counter.__name__, a.__name__)

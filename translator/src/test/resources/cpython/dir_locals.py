# dir() inside a function lists the function's names bound at that point, sorted: parameters, locals assigned so
# far (or in earlier loop iterations), names a nested function shares, and none that were deleted.


def f(p, q=2, *args, flag=False, **options):
    a = 1
    print(dir())
    b = "x"
    if p:
        c = 3
    print(dir())
    for i in range(2):
        print(i, dir())
        if i:
            inside = True
    print(dir())

    def inner():
        return a + p

    del b
    print(dir())
    try:
        raise ValueError(p)
    except ValueError as err:
        print(dir())
    print(dir())
    return inner


f(0)
f(1, 5, 6, 7, flag=True, key=1)


def counted(n: int, scale: float = 1.5):
    total = 0
    print(dir())
    while total < n:
        total += 1
        step = total * scale
    print(dir(), total)
    return total


counted(0)
print(counted(3))


def outer():
    x = 1
    y = 2

    def g():
        print(dir())
        z = x
        print(dir())
        return z + y

    return g()


print(outer())


def shared():
    items = []

    def add(v):
        items.append(v)
        print(dir())

    add(1)
    print(dir(), items)


shared()


def gen(limit):
    print(dir())
    for k in range(limit):
        yield k
    print(dir())


print(list(gen(2)))


def with_walrus(data):
    if (n := len(data)) > 2:
        big = True
    print(dir(), n)


with_walrus([1, 2, 3])
with_walrus([])


def keeps_unbound_last():
    print(dir())
    later = 1
    return later


keeps_unbound_last()
print([name for name in dir() if not name.startswith("__")])

# nonlocal rebinds a variable in the nearest enclosing function scope.

def outer():
    x = 1

    def middle():
        x = 2

        def inner():
            nonlocal x
            x += 10
            return x

        result = inner()
        return result, x

    r = middle()
    return r, x


print(outer())


def running_stats():
    total = 0
    count = 0
    highest = None

    def add(value):
        nonlocal total, count, highest
        total += value
        count += 1
        if highest is None or value > highest:
            highest = value
        return total / count, highest

    return add


add = running_stats()
for v in [4, 8, 15, 16, 23, 42]:
    print(add(v))


def fib_gen_closure():
    a, b = 0, 1

    def step():
        nonlocal a, b
        value = a
        a, b = b, a + b
        return value

    return step


step = fib_gen_closure()
print([step() for _ in range(12)])


def loop_nonlocal():
    last = None
    for i in range(3):
        def remember():
            nonlocal last
            last = i * i
        remember()
    return last


print(loop_nonlocal())

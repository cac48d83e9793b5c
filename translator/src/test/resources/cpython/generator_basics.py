# Generators: lazy evaluation, next(), StopIteration, exhaustion, and return values.

def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("  countdown finished")


gen = countdown(3)
print("created, nothing ran yet")
print(next(gen))
print(next(gen))
print(list(gen))
print(list(gen))
print(next(gen, "exhausted"))
try:
    next(gen)
except StopIteration:
    print("StopIteration")


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(15)])


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


print(list(take(5, fibonacci())))
print(sum(take(50, fibonacci())))


def with_return():
    yield 1
    yield 2
    return "result"


g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value)


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


print(list(evens(11)), 4 in evens(10), 5 in evens(10))
print(max(evens(100)), sorted(evens(7), reverse=True))


def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"


e = echo()
print(next(e))
print(e.send("a"))
print(e.send(42))
print(type(e).__name__)

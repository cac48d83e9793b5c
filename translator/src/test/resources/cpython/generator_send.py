# Generators as coroutines: priming, send() values in and out, a pipeline of consumers, and close().

def accumulator():
    total = 0
    count = 0
    try:
        while True:
            value = yield total / count if count else None
            total += value
            count += 1
    finally:
        print(f"  accumulator closed after {count} values")


acc = accumulator()
print(next(acc))
for v in [10, 20, 60]:
    print("mean so far:", acc.send(v))
acc.close()


def printer(prefix):
    while True:
        item = yield
        print(f"{prefix}{item}")


def filter_stage(predicate, target):
    while True:
        item = yield
        if predicate(item):
            target.send(item)


def map_stage(func, target):
    while True:
        item = yield
        target.send(func(item))


sink = printer("  -> ")
next(sink)
mapper = map_stage(lambda x: x * x, sink)
next(mapper)
source = filter_stage(lambda x: x % 3 == 0, mapper)
next(source)
for n in range(10):
    source.send(n)


def unprimed():
    x = yield
    print("received", x)
    yield "second"


u = unprimed()
try:
    u.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(u.send(None))
print(u.send("hello"))

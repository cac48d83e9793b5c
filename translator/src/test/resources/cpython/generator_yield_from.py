# yield from delegates to a sub-iterator and returns its return value.

def inner(label):
    yield f"{label}-1"
    yield f"{label}-2"
    return f"{label} done"


def outer():
    first = yield from inner("a")
    print("  inner said:", first)
    second = yield from inner("b")
    print("  inner said:", second)
    yield from [10, 20]
    yield from range(3)
    yield from "xy"


print(list(outer()))


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, [4, 5]), []], [[[6]]], 7])))


def tree_walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
for line in tree_walk(tree):
    print(line)


def averager():
    total = 0.0
    count = 0
    while True:
        value = yield
        if value is None:
            return total / count
        total += value
        count += 1


def delegate(results):
    while True:
        results.append((yield from averager()))


results = []
d = delegate(results)
next(d)
for v in [1, 2, 3, 4]:
    d.send(v)
d.send(None)
for v in [10, 20]:
    d.send(v)
d.send(None)
print(results)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), {4: "four"}, "56")))

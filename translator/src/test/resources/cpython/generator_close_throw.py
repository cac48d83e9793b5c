# Generator cleanup: finally runs on close() and on exhaustion; throw() raises inside the generator.

def resource(name):
    print(f"  open {name}")
    try:
        for i in range(3):
            yield f"{name}-{i}"
    finally:
        print(f"  close {name}")


for item in resource("a"):
    print(item)

g = resource("b")
print(next(g))
g.close()
print("closed early")

for item in resource("c"):
    if item.endswith("1"):
        print("breaking at", item)
        break
print("after break")


def resilient():
    total = 0
    while True:
        try:
            value = yield total
            total += value
        except ValueError as e:
            print(f"  recovered from {e}")
            total = 0


r = resilient()
next(r)
print(r.send(5), r.send(10))
print(r.throw(ValueError("reset")))
print(r.send(3))
try:
    r.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
try:
    r.send(1)
except StopIteration:
    print("generator is finished after an uncaught error")


def failing():
    yield 1
    raise RuntimeError("inside generator")


try:
    for v in failing():
        print("got", v)
except RuntimeError as e:
    print("caught:", e)

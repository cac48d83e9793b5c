# __enter__/__exit__: the value bound by as, exit on normal and exceptional paths, suppression.

class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"exit {self.name} exc={kind} msg={exc}")
        return self.suppress


with Tracer("plain") as t:
    print("inside", t.name)

with Tracer("suppressing", suppress=True):
    print("about to fail")
    raise KeyError("lost")
print("after suppressed")

try:
    with Tracer("propagating"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

with Tracer("outer") as a, Tracer("inner") as b:
    print("both", a.name, b.name)


def early_return():
    with Tracer("in function"):
        return "returned"


print(early_return())

for i in range(3):
    with Tracer(f"loop {i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)


class Resource:
    def __init__(self):
        self.open = False

    def __enter__(self):
        self.open = True
        return "handle"

    def __exit__(self, *exc):
        self.open = False


r = Resource()
with r as handle:
    print(handle, r.open)
print(r.open)

# contextlib.contextmanager (setup, teardown, exceptions inside the block) and suppress.
from contextlib import contextmanager, suppress


@contextmanager
def section(name):
    print(f"begin {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  {name} handled {e!r}")
    finally:
        print(f"end {name}")


with section("one") as value:
    print("  body with", value)

with section("two"):
    raise ValueError("recovered inside the manager")
print("after two")

try:
    with section("three"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside", e)


@contextmanager
def collecting():
    items = []
    yield items
    print("collected", items)


with collecting() as bucket:
    bucket.append(1)
    bucket.append(2)

with suppress(KeyError):
    print("before the error")
    {}["missing"]
    print("not printed")
print("suppress swallowed KeyError")

with suppress(ZeroDivisionError, ValueError):
    int("x")
print("suppress with several types")

try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("other errors pass through:", e)


@contextmanager
def indent(level):
    print("  " * level + f"> {level}")
    yield
    print("  " * level + f"< {level}")


with indent(0):
    with indent(1), indent(2):
        print("      deepest")

# with: nesting, return and break inside the block, errors in __enter__, and __exit__'s arguments.

class Step:
    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter

    def __enter__(self):
        if self.fail_on_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        print(f"enter {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        print(f"exit {self.name}: {status}, traceback given: {tb is not None}")
        return False


def first_even(numbers):
    with Step("search"):
        for n in numbers:
            if n % 2 == 0:
                return n
    return None


print(first_even([3, 5, 8, 9]))
print(first_even([1]))

with Step("a") as a:
    with Step("b") as b:
        print("inside", a, b)

try:
    with Step("outer"), Step("broken", fail_on_enter=True):
        print("never")
except RuntimeError as e:
    print("caught:", e)

try:
    with Step("raising"):
        raise ValueError("boom")
except ValueError:
    print("ValueError left the with block")

for i in range(3):
    with Step(f"loop{i}"):
        if i == 1:
            break
print("loop done")
with Step("unbound"):
    pass

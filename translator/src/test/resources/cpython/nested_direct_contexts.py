# Nested functions called directly from every kind of place: generators, methods, classes and lambdas inside the
# enclosing function, nested nested functions, and functions that return None or only have a docstring.


def generator_owner(n: int):
    def square(x: int) -> int:
        return x * x

    for i in range(n):
        yield square(i) + n


print(list(generator_owner(4)))


class Holder:
    def compute(self, k: int):
        """A method defining a helper."""

        def helper(x: int) -> int:
            "Doubles."
            return 2 * x + k

        class Inner:
            def use(self):
                return helper(10)

        key = lambda v: -helper(v)
        return [helper(1), Inner().use(), sorted([3, 1, 2], key=key), helper.__doc__]


print(Holder().compute(5))


def outer(limit: int):
    total = 0

    def level1(a: int) -> int:
        def level2(b: int) -> int:
            return b + a + limit

        return level2(a) + sum(level2(j) for j in range(a))

    def noisy(x: int):
        print("noisy", x)

    def nothing():
        """Only a docstring."""

    def raises(x: int) -> int:
        try:
            return 10 // x
        except ZeroDivisionError:
            return -1
        finally:
            print("finally", x)

    for i in range(3):
        total += level1(i)
    noisy(total)
    return total, nothing(), raises(0), raises(5), [f(2) for f in (level1, raises)]


print(outer(7))


def closure_counter():
    count = 0

    def bump(by: int) -> int:
        nonlocal count
        count += by
        return count

    bump(2)
    bump(3)
    return count, bump(0)


print(closure_counter())


def shadowing(level1: int):
    def inner(x: int) -> int:
        return x + level1

    def level1_user(level1: int) -> int:
        return inner(level1) * 2

    return level1_user(3), inner(1)


print(shadowing(10))

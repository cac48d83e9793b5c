"""Typed locals that inner functions, lambdas and comprehensions read: late binding and unbound reads as in Python."""


def late_binding(n: int) -> list[int]:
    funcs = []
    for i in range(n):
        funcs.append(lambda: i * 10)
    return [f() for f in funcs]


def scaled(values, factor: float) -> list[float]:
    offset = 0.5
    result = [v * factor + offset for v in values]
    offset = 1.5
    result.append(factor + offset)
    return result


def reader_before_assignment() -> int:
    def show():
        return limit

    limit = 5
    first = show()
    limit = 7
    return first + show()


def counter_in_class(n: int):
    step = n * 2

    class Stepper:
        size = step

        def advance(self, x: int) -> int:
            return x + step

    return Stepper.size, Stepper().advance(1)


def grid(rows: int, cols: int) -> list[list[int]]:
    width = cols
    return [[r * width + c for c in range(width)] for r in range(rows)]


def total_with_helper(n: int) -> int:
    base = 100

    def add(k: int) -> int:
        return base + k

    total = 0
    for k in range(n):
        total += add(k)
    base = 1000
    return total + add(0)


print(late_binding(3), scaled([1, 2.5, True], 2.0), reader_before_assignment())
print(counter_in_class(4), grid(2, 3), total_with_helper(4))

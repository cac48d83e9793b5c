"""A statement that reads hinted list items raises and calls in CPython's order, whatever the items hold."""

calls = []


def noisy(x: int) -> float:
    calls.append(x)
    print("noisy", x)
    return 1.0


def scale(x: int) -> float:
    return x * 0.5


def before(v: list[float]) -> float:
    total = 0.0
    for j in range(3):
        total += noisy(j) * v[j + 1]
    return total


def after(v: list[float]) -> float:
    total = 0.0
    for j in range(3):
        total += v[j + 1] * noisy(j)
    return total


def pure_first(v: list[float]) -> float:
    total = 0.0
    for j in range(3):
        total += scale(j) * v[j + 1]
    return total


def mutating(v: list[float]) -> float:
    total = 0.0
    for j in range(len(v)):
        total += grow(v) + v[j]
    return total


def grow(v: list[float]) -> float:
    v.append(100.0)
    if len(v) > 6:
        v.clear()
    return 0.0


def divide(v: list[float], d: float) -> float:
    q = 0.0
    for j in range(len(v)):
        q = q + v[j] / d
    return q


class Meddler:
    """Looking up its method changes the list a statement is about to read."""

    def __init__(self, v):
        self.v = v

    @property
    def scale(self):
        print("looking up scale")
        self.v[0] = "changed"
        return lambda k: k * 1.0


def method_first(m, v: list[float]) -> float:
    total = 0.0
    total += m.scale(2) * v[0]
    return total


print(before([0.0, 1.0, 2.0, 3.0]))
try:
    before([0.0, 1.0, 2.0])
except IndexError as e:
    print("IndexError:", e)
print(after([0.0, 1.0, 2.0, 3.0]))
try:
    after([0.0, 1.0, 2.0])
except IndexError as e:
    print("IndexError:", e)
print(pure_first([0.0, 1.0, 2.0, 3.0]))
try:
    pure_first([0.0, 1.0])
except IndexError as e:
    print("IndexError:", e)
try:
    print(mutating([1.0, 2.0, 3.0]))
except IndexError as e:
    print("IndexError:", e)
print(divide([1.0, 2.0], 4.0))
try:
    divide([1.0, 2.0], 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divide([1.0, "2"], 2.0)
except TypeError as e:
    print("TypeError:", e)
items = [1.5, 2.5]
try:
    print(method_first(Meddler(items), items))
except TypeError as e:
    print("TypeError:", e)
print(method_first(Meddler([0.5]), [0.5]))
print(calls)

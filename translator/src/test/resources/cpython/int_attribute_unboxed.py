"""Int attributes: counters and running values kept unboxed while they hold ints, and every way out of that."""


class Counter:
    def __init__(self, start: int) -> None:
        self.runs = start
        self.state = start * 7 + 1
        self.label = "c"

    def tick(self) -> None:
        self.runs += 1
        self.state = (self.state * 1103515245 + 12345) % 2147483648


class Loud:
    """A __setattr__ that raises OverflowError itself: the store must not be mistaken for the arithmetic's."""

    attempts: list = []

    def __init__(self, start: int) -> None:
        self.runs = start
        self.state = start + 1

    def __setattr__(self, name, value):
        Loud.attempts.append(name)
        if name == "runs" and value == 3 or name == "state" and value > 10**9:
            raise OverflowError(f"{name} is too large")
        object.__setattr__(self, name, value)

    def tick(self) -> None:
        self.runs += 1
        self.state = (self.state * 1103515245 + 12345) % 2147483648


class Seen:
    def __init__(self) -> None:
        self.count = 0

    @property
    def double(self) -> int:
        return self.count * 2


def run(c, n: int) -> None:
    for _ in range(n):
        c.tick()


c = Counter(1)
run(c, 5)
print(c.runs, c.state, vars(c))

# past 64 bits mid-loop, and back
c.runs = 2**63 - 3
run(c, 5)
print(c.runs, type(c.runs).__name__)
c.runs = -(2**63)
run(c, 2)
print(c.runs)
c.runs = 2**64
c.runs -= 2**64
run(c, 1)
print(c.runs)

# other values in the slot: float, bool, str, None
c.runs = 2.5
run(c, 2)
print(c.runs)
c.runs = True
run(c, 2)
print(c.runs)
c.runs = "r"
try:
    run(c, 1)
except TypeError as e:
    print("TypeError:", e)
print(c.runs)
c.runs = None
try:
    c.tick()
except TypeError as e:
    print("TypeError:", e)

# deleted, re-added in another order, set and read by name
d = Counter(2)
del d.runs
print(list(vars(d)))
try:
    d.tick()
except AttributeError as e:
    print("AttributeError:", e)
d.runs = 10
run(d, 3)
print(list(vars(d)), d.runs, getattr(d, "runs"))
setattr(d, "runs", 40)
run(d, 1)
print(vars(d))

# an instance attribute shadowing a method, a class attribute under an instance one
e = Counter(3)


def shadow() -> None:
    print("shadowed tick")


e.tick = shadow
run(e, 1)
print(e.runs)
Counter.step = 100
f = Counter(0)
f.step = 1
f.step += f.step
print(f.step, Counter.step)

# the class changed after instances exist
Counter.tick = lambda self: setattr(self, "runs", self.runs + 100)
run(f, 2)
print(f.runs)

# __setattr__ raising OverflowError on the store itself
g = Loud(0)
g.runs += 1
g.runs += 1
try:
    g.runs += 1
except OverflowError as err:
    print("OverflowError:", err)
print(g.runs)

# a property next to an int attribute
s = Seen()
for _ in range(4):
    s.count += 3
print(s.count, s.double)

# many instances, one layout, ints that grow large
total = 0
cs = [Counter(k) for k in range(50)]
for k in range(200):
    for x in cs:
        x.runs += k * 1000003
        total += x.runs % 97
print(total, cs[7].runs, cs[49].runs)

# the same through a method whose int arithmetic is typed
h = Loud(0)
try:
    run(h, 5)
except OverflowError as err:
    print("OverflowError:", err)
print(h.runs, h.state, Loud.attempts)


# a typed int stored where a property's setter takes it
class Level:
    def __init__(self, level: int) -> None:
        self.level = level

    @property
    def level(self) -> int:
        return self._level * 10

    @level.setter
    def level(self, value: int) -> None:
        print("set level", value)
        self._level = value


print(Level(4).level, vars(Level(-3)))

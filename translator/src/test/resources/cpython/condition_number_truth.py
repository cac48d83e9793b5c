# The truth of numbers computed from hinted attributes, tested as conditions ("a" if self.n % 3 else "b"): tested
# on primitives while the values have their hinted types, exactly when they do not (floats, big ints past 64 bits,
# negative operands, strs, properties, subclasses).


class Counter:
    def __init__(self, state: int, step: int) -> None:
        self.state = state
        self.step = step

    def kind(self) -> str:
        return "odd" if self.state % 2 else "even"

    def spin(self) -> int:
        turns = 0
        while self.state % self.step:
            self.state += 1
            turns += 1
        return turns

    def mixed(self) -> str:
        if self.state * self.step - 6 and not self.state & 1:
            return "set"
        return "clear" if self.state % 3 or self.step - 1 else "both"


class Watched(Counter):
    @property
    def state(self):
        print("state read")
        return 5

    @state.setter
    def state(self, value):
        print("state set", value)


class Tagged(Counter):
    def __init__(self, tag: str, state: int, step: int) -> None:
        self.tag = tag
        super().__init__(state, step)


def show(c) -> None:
    for method in (c.kind, c.mixed):
        try:
            print(type(c).__name__, method.__name__, method())
        except TypeError as e:
            print("TypeError:", e)


for c in [Counter(7, 3), Counter(6, 1), Counter(-7, 3), Counter(2, 3), Counter(3, 2)]:
    show(c)
    print("spin", c.spin(), c.state)
show(Counter(2**64 + 1, 2))
show(Counter(2**63 - 1, 2**62))
show(Counter(7.5, 2))
show(Counter(0.0, 1))
show(Counter(True, 6))
show(Watched(1, 1))
show(Counter("%s", 2))
show(Counter(9, "x"))
show(Tagged("t", 5, 2))
t = Tagged("u", 10, 4)
print("spin", t.spin(), t.state, t.kind())
big = Counter(2**70, 3)
print("spin", big.spin(), big.state)
n = Counter(-9, 4)
print("spin", n.spin(), n.state, n.kind())


class Level:
    def __init__(self, height: float) -> None:
        self.height = height

    def moved(self) -> str:
        return "moved" if self.height - 1.5 else "level"


for h in [1.5, 2.0, -0.0, 1, 2**80, float("nan")]:
    print(h, Level(h).moved())

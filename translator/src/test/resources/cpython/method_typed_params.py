# Methods whose parameters are annotated: typed bodies for the promised types, the exact dynamic path for anything
# else (str for int, floats, bools, big ints), and subclasses that override with other signatures.


class Counter:
    def __init__(self, start: int) -> None:
        self.count = start
        self.steps = 0

    def add(self, n: int, times: int) -> int:
        for _ in range(times):
            self.count += n
            self.steps += 1
        return self.count

    def scale(self, k: float) -> float:
        total = 0.0
        for i in range(3):
            total += k * i
        return total

    def mixed(self, n: int):
        n = str(n) + "!"
        return n

    def next_state(self) -> int:
        self.count = (self.count * 1103515245 + 12345) % 2147483648
        return self.count % 1000


class Loud(Counter):
    def add(self, n, times: int = 1):
        return "loud " + str(super().add(n, times))


c = Counter(1)
print(c.add(2, 3), c.add(2.5, 2), c.add(True, 1), c.steps)
print(c.scale(2), c.scale(1.5), c.scale(True), c.scale(-0.0))
print(Counter.add(c, 10**20, 1))
big = Counter(2**62)
print(big.add(2**62, 2), big.steps)
words = Counter("a")
print(words.add("b", 2))
try:
    words.add(1, 1)
except TypeError as e:
    print("TypeError:", e)
print(c.mixed(5), c.mixed("five"))
print(Loud(5).add(1), Loud(5).add(1, 4), Loud(0).add(0.5, 2))
r = Counter(7)
print([r.next_state() for _ in range(4)], r.count)
r.count = 10**30
print(r.next_state(), r.count)
r.count = 3.5
print(r.next_state(), r.count)
m = Counter.add
print(m(Counter(0), 4, 4), list(map(Counter(1).add, [1, 2], [3, 4])))

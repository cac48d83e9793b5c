# Conditions comparing numbers computed from hinted attributes and list items: compared on primitives while the
# values have their hinted types, exactly when they do not (floats, strs, big ints, properties).


class Task:
    def __init__(self, ident: int, priority: int) -> None:
        self.ident = ident
        self.priority = priority


class Lazy(Task):
    @property
    def priority(self):
        print("priority read")
        return 4

    @priority.setter
    def priority(self, value):
        pass


def due(tasks: list, ticks: int) -> list:
    hits = []
    for tick in range(ticks):
        for task in tasks:
            if (tick + task.ident) % (1 + task.priority % 3) == 0:
                hits.append((tick, task.ident))
    return hits


print(due([Task(1, 2), Task(2, 5)], 4))
print(due([Task(1.5, 2), Task(2**64, 1)], 3))
print(due([Lazy(3, 0)], 2))
try:
    due([Task("a", 1)], 1)
except TypeError as e:
    print("TypeError:", e)


def gaps(values: list[int], lo: int) -> int:
    count = 0
    for i in range(1, len(values)):
        if lo < values[i] - values[i - 1] <= 2 * lo:
            count += 1
    return count


print(gaps([1, 3, 4, 8, 10], 1), gaps([1.0, 3.5, 4, 2**63, -2**63], 1), gaps([0, 2**63 - 1, -1], 0), gaps([-2, 2**63 - 1, 2**63 + 1], -5))

# Rich comparisons: __lt__ drives sorted/min/max; reflected operators and functools.total_ordering.
from functools import total_ordering


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "design")]
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(min(tasks), max(tasks))
print(Task(1, "a") < Task(2, "a"), Task(2, "a") > Task(1, "a"))
try:
    Task(1, "a") <= Task(2, "b")
except TypeError as e:
    print("TypeError:", e)


@total_ordering
class Grade:
    order = "FEDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __repr__(self):
        return f"Grade({self.letter})"


grades = [Grade(c) for c in "CAFBD"]
print(sorted(grades))
print(Grade("A") >= Grade("B"), Grade("C") <= Grade("C"), Grade("F") > Grade("E"))
print(max(grades), min(grades))


class Weird:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print(f"  __gt__({self.v}, {other.v})")
        return self.v > other.v


print(Weird(1) < Weird(2))
try:
    sorted([Task(1, "x"), 3])
except TypeError as e:
    print("TypeError:", e)

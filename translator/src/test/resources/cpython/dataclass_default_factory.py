# field(default_factory=...) gives each instance its own mutable default; field options control repr/compare.
from dataclasses import dataclass, field


@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    scores: dict = field(default_factory=dict)
    tags: list = field(default_factory=lambda: ["new"])


a = Team("red")
b = Team("blue")
a.members.append("ann")
a.scores["ann"] = 3
a.tags.append("active")
print(a)
print(b)
print(a.members is b.members)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    visits: int = field(default=0, compare=False)
    cache: dict = field(default_factory=dict, repr=False)

    def add(self, value):
        child = Node(value)
        self.children.append(child)
        return child


root = Node(1)
left = root.add(2)
left.add(4)
root.add(3)
root.visits = 7
root.cache["k"] = "v"
print(root)
print(root == Node(1, [Node(2, [Node(4)]), Node(3)]))


@dataclass
class Counter:
    counts: dict = field(default_factory=dict)
    total: int = 0

    def __post_init__(self):
        self.total = sum(self.counts.values())

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        self.total += 1


c = Counter({"x": 2, "y": 1})
print(c)
c.add("z")
c.add("x")
print(c)
print(Counter())

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

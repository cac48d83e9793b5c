# @dataclass generates __init__, __repr__ and __eq__ from annotated fields, with defaults.
from dataclasses import dataclass, fields, asdict, astuple, replace


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"

    def length_squared(self) -> int:
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy


p = Point(1, 2)
print(p)
print(Point(5))
print(Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
line = Line(Point(0, 0), Point(3, 4))
print(line)
print(line.length_squared())
print(repr(Line(p, p, label="dot")))
p.x = 10
print(p)
print([f.name for f in fields(Line)])
print(asdict(line))
print(astuple(line))
print(replace(p, y=-1), p)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0

    def total(self) -> float:
        return self.unit_price * self.quantity


items = [Inventory("widget", 2.5, 4), Inventory("gadget", 10.0), Inventory("doohickey", 0.1, 3)]
for item in items:
    print(item, item.total())
print(sum(i.total() for i in items))
print(Inventory.__name__, Point.__eq__ is not object.__eq__)

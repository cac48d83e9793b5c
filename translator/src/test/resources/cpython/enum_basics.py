# enum.Enum: members, name/value, lookup by value and by name, identity, repr and str.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.GREEN))
print(Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"])
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
print(f"{Color.RED}", str(Color.GREEN), f"{Color.RED.name.lower()}")
print([Color.RED, Color.BLUE])
print({Color.GREEN: "go"})
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)


class Direction(Enum):
    NORTH = "N"
    EAST = "E"
    SOUTH = "S"
    WEST = "W"

    def turn_right(self):
        members = list(Direction)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def opposite(self):
        return self.turn_right().turn_right()


d = Direction.NORTH
for _ in range(5):
    print(d.name, d.value, d.opposite.name)
    d = d.turn_right()
print(Direction("S"))

status = Color.GREEN
if status is Color.GREEN:
    print("green light")
print(hash(Color.RED) == hash(Color.RED))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

# Iterating enums, aliases, auto(), len(), membership and __members__.
from enum import Enum, auto


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()
    THURSDAY = auto()
    FRIDAY = auto()
    SATURDAY = auto()
    SUNDAY = auto()

    def is_weekend(self):
        return self in (Weekday.SATURDAY, Weekday.SUNDAY)


print(len(Weekday))
for day in Weekday:
    print(day.value, day.name, day.is_weekend())
print([d.name for d in Weekday if not d.is_weekend()])
print(Weekday.FRIDAY in Weekday)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape(2).name)
print(list(Shape.__members__))
print(sorted(Shape, key=lambda s: s.value))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for planet in Planet:
    print(f"{planet.name:<8} {planet.surface_gravity:8.3f}")
print(Planet.EARTH.value)

counts = {day: 0 for day in Weekday}
counts[Weekday.MONDAY] += 2
print([(d.name, n) for d, n in counts.items() if n])

# @dataclass(frozen=True): immutable instances, hashable by value, usable as dict keys.
from dataclasses import dataclass, FrozenInstanceError, replace


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return Coordinate(self.lat + dlat, self.lon + dlon)


home = Coordinate(51.5, -0.12)
print(home)
try:
    home.lat = 0.0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del home.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))

visits = {home: 3, Coordinate(48.85, 2.35): 1}
visits[Coordinate(51.5, -0.12)] += 1
print(visits)
print(hash(home) == hash(Coordinate(51.5, -0.12)))
print(home.moved(1, 1), home)
print(replace(home, lon=0.0))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str

    def __str__(self):
        names = {11: "J", 12: "Q", 13: "K", 14: "A"}
        return f"{names.get(self.rank, str(self.rank))}{self.suit}"


hand = [Card(14, "s"), Card(10, "h"), Card(12, "d"), Card(10, "c")]
print(" ".join(str(c) for c in sorted(hand)))
print(len(set(hand + [Card(14, "s")])))
print(Card(10, "c") < Card(10, "h"))


@dataclass(frozen=True)
class Path:
    parts: tuple = ()

    def child(self, name):
        return Path(self.parts + (name,))

    def __str__(self):
        return "/" + "/".join(self.parts)


p = Path().child("usr").child("lib")
print(p, repr(p))
print(p == Path(("usr", "lib")))

"""A small tour: a class, a dataclass, f-strings, comprehensions and dicts."""
from dataclasses import dataclass


@dataclass
class Planet:
    name: str
    moons: int
    distance_au: float  # mean distance from the Sun, in astronomical units


class Catalogue:
    def __init__(self, planets: list[Planet]) -> None:
        self.planets = planets

    def by_name(self) -> dict[str, Planet]:
        return {p.name: p for p in self.planets}

    def with_moons(self) -> list[str]:
        return [p.name for p in self.planets if p.moons > 0]

    def __len__(self) -> int:
        return len(self.planets)


catalogue = Catalogue([
    Planet("Mercury", 0, 0.39),
    Planet("Venus", 0, 0.72),
    Planet("Earth", 1, 1.0),
    Planet("Mars", 2, 1.52),
    Planet("Jupiter", 95, 5.2),
    Planet("Saturn", 146, 9.54),
])

print(f"Hello from a catalogue of {len(catalogue)} planets!")
for planet in sorted(catalogue.planets, key=lambda p: p.moons, reverse=True)[:3]:
    light_minutes = planet.distance_au * 8.317
    print(f"  {planet.name:<8} {planet.moons:>3} moons, light takes {light_minutes:5.1f} min")
print("Planets with moons:", ", ".join(catalogue.with_moons()))
total = sum(p.moons for p in catalogue.planets)
print(f"Total moons: {total}, average {total / len(catalogue):.2f} per planet")
print(catalogue.by_name()["Earth"])

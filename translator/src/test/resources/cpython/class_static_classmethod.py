# staticmethod and classmethod: alternative constructors and calls through the class or an instance.

class Date:
    separator = "-"

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def from_string(cls, text):
        year, month, day = (int(part) for part in text.split(cls.separator))
        return cls(year, month, day)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.year:04d}{self.separator}{self.month:02d}{self.separator}{self.day:02d}"


class SlashDate(Date):
    separator = "/"


d = Date.from_string("2024-02-29")
print(d, type(d).__name__)
s = SlashDate.from_string("1999/12/31")
print(s, type(s).__name__)
print(SlashDate.epoch(), type(SlashDate.epoch()).__name__)
print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), d.is_leap(2023))
print([y for y in range(1890, 1920) if Date.is_leap(y)])


class Registry:
    _items = []

    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return len(cls._items)

    @classmethod
    def count(cls):
        return len(cls._items)

    @staticmethod
    def normalise(name):
        return name.strip().lower()


print(Registry.register(Registry.normalise("  Alpha ")))
print(Registry().register("beta"))
print(Registry.count(), Registry._items)


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c):
        return "hot" if c > 25 else "mild" if c > 10 else "cold"


t = Temperature.from_fahrenheit(212)
print(t.celsius, Temperature.describe(t.celsius), Temperature.describe(12), t.describe(-3))

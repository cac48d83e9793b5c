"""Properties, __getattr__, __setattr__ and super() keep their meaning when added after attributes were read."""


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def show(self):
        return f"{self.celsius} C"


def read_all(items):
    return [t.celsius for t in items]


def write_all(items, value):
    for t in items:
        t.celsius = value


temps = [Temperature(c) for c in (10, 20)]
for _ in range(3):
    print(read_all(temps), [t.show() for t in temps])

class Computed:
    @property
    def celsius(self):
        return "computed"


class ComputedAgain:
    @property
    def celsius(self):
        return "computed again"

    @celsius.setter
    def celsius(self, value):
        stored.append(value)


# a property added later outranks the instance attribute of the same name
Temperature.celsius = Computed.celsius
print(read_all(temps), [t.show() for t in temps])
try:
    write_all(temps, 5)
except AttributeError as e:
    print("AttributeError:", e)

stored = []
Temperature.celsius = ComputedAgain.celsius
write_all(temps, 7)
print(read_all(temps), stored, [vars(t) for t in temps])
del Temperature.celsius
print(read_all(temps))


class Lazy:
    def __init__(self):
        self.real = 1


def lookup(objs, name_is_missing):
    out = []
    for o in objs:
        try:
            out.append(o.missing if name_is_missing else o.real)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


lazies = [Lazy(), Lazy()]
print(lookup(lazies, True), lookup(lazies, False))
Lazy.__getattr__ = lambda self, name: "fallback for " + name
print(lookup(lazies, True), lookup(lazies, False))
lazies[0].missing = "now real"
print(lookup(lazies, True))


class Audited:
    def __init__(self, v):
        self.v = v


def bump(items):
    for a in items:
        a.v += 1
    return [a.v for a in items]


audited = [Audited(1), Audited(2)]
print(bump(audited), bump(audited))
log = []


def audit(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


Audited.__setattr__ = audit
print(bump(audited), log)


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.tricks = 0

    def speak(self):
        return super().speak() + " (woof)"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (tiny)"


pets = [Animal("cat"), Dog("rex"), Puppy("bit")]
for _ in range(2):
    print([p.speak() for p in pets])
Animal.speak = lambda self: self.name + " is quiet"
print([p.speak() for p in pets])


class Tools:
    factor = 3

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def scaled(cls, x):
        return cls.factor * x


class MoreTools(Tools):
    factor = 5


for t in (Tools(), MoreTools(), Tools()):
    print(t.double(4), t.scaled(4), Tools.double(1), type(t).scaled(1))

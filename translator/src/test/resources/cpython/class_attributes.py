# Class attributes are shared until an instance assignment shadows them.

class Counter:
    instances = 0
    shared_list = []
    label = "counter"

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances


a = Counter()
b = Counter()
c = Counter()
print(Counter.instances, a.instances, a.id, b.id, c.id)

a.label = "mine"
print(a.label, b.label, Counter.label)
Counter.label = "renamed"
print(a.label, b.label, c.label)
del a.label
print(a.label)

a.shared_list.append("from a")
b.shared_list.append("from b")
print(Counter.shared_list, c.shared_list)
print(a.shared_list is Counter.shared_list)


class Config:
    defaults = {"colour": "blue", "size": 3}

    def __init__(self, **overrides):
        self.values = dict(self.defaults)
        self.values.update(overrides)


print(Config().values, Config(size=9).values)
print(Config.defaults)


class Temperature:
    unit = "C"
    scale = {"C": 1.0, "F": 1.8}

    def __init__(self, degrees):
        self.degrees = degrees

    def show(self):
        return f"{self.degrees}{self.unit}"


t = Temperature(21.5)
print(t.show())
Temperature.unit = "K"
print(t.show())
t.unit = "F"
print(t.show(), Temperature(0).show())
print(sorted(k for k in vars(t)))
print(vars(a))


class Sub(Counter):
    label = "sub"


s = Sub()
print(s.label, s.id, Counter.instances, Sub.instances)

"""Method calls passing an int attribute to a parameter every definition of the method types as int
(scheduler.send(self.target, ...)): passed unboxed while the attribute holds an int that fits 64 bits, boxed when it
holds anything else, and the dynamic call whenever the method found is not the one defined (replaced at run time,
shadowed by an instance attribute, a receiver of another class)."""


class Box:
    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list = []

    def put(self, slot: int, item: str) -> str:
        self.items.append((slot, item))
        return f"{self.name}[{slot!r}] = {item}"

    def __repr__(self) -> str:
        return f"Box({self.name}, {self.items})"


class LoudBox(Box):
    def put(self, slot: int, item: str) -> str:
        return "loud " + super().put(slot * 2, item.upper())


def other_class():
    class Other:
        def put(self, slot, item):
            return f"other {slot!r} {item}"

    return Other


Other = other_class()


class Sender:
    def __init__(self, slot: int, label: str) -> None:
        self.slot = slot
        self.label = label
        self.sent = 0

    def send(self, box) -> str:
        self.sent += 1
        return box.put(self.slot, self.label)

    def send_twice(self, box) -> str:
        # the attribute is read before the second argument changes it
        return box.put(self.slot, self.bump())

    def bump(self) -> str:
        self.slot += 1
        return self.label + "+"


box = Box("b")
loud = LoudBox("l")
for s in [Sender(3, "x"), Sender(-2, "y"), Sender(2**63 - 1, "z")]:
    print(s.send(box), "|", s.send(loud), "|", s.send(Other()), "|", s.send_twice(box), s.slot)
for slot in [2**64, -2**63 - 1, 1.5, "k", True, None, (1, 2)]:
    s = Sender(slot, "w")
    print(s.send(box), "|", s.send(Other()))
    try:
        print(s.send(loud))
    except TypeError as e:
        print("TypeError:", e)
big = Sender(2**63 - 1, "o")
print(big.send_twice(box), big.slot)
print(big.send_twice(loud), big.slot)

s = Sender(7, "r")
box.put = lambda slot, item: f"shadowed {slot} {item}"
print(s.send(box))
del box.put
Box.put = lambda self, slot, item: f"replaced {slot} {item}"
print(s.send(box), "|", s.send(loud))
s.slot = 2**65
print(s.send(box), "|", s.send(loud))
print(box, loud)

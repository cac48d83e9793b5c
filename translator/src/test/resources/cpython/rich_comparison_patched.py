"""Comparison methods given to a class after its definition: comparisons still return what they return."""


class Plain:
    pass


def later(self, other):
    return ("later", other)


Plain.__gt__ = later
print(Plain() > 1)
print(1 < Plain())

Dyn = type("Dyn", (), {"__le__": lambda self, other: [other]})
print(Dyn() <= 2)
print(2 >= Dyn())


class Named:
    pass


for op in ["lt", "eq"]:
    setattr(Named, "__" + op + "__", lambda self, other, op=op: op + "!")
print(Named() < 0, Named() == 0, Named() != 0)
x = Named()
print(x == x)
if Named() < 0:
    print("truthy")
print(sorted([3, 1, 2]) == [1, 2, 3], 1 < 2 < 3, "a" < "b")

s = "a"
try:
    s -= 1
except TypeError as e:
    print(e)
x = [1]
try:
    x *= 1.5
except TypeError as e:
    print(e)
y = 2
try:
    y += "a"
except TypeError as e:
    print(e)
z = None
try:
    z **= 2
except TypeError as e:
    print(e)
try:
    z //= 2
except TypeError as e:
    print(e)


class Thing:
    def __init__(self) -> None:
        self.n = 1
        self.label = "x"


t = Thing()
for value in (1, 2.5, "y", None):
    for target in ("n", "label"):
        try:
            if target == "n":
                t.n += value
                t.n -= 1
                t.n *= 2
            else:
                t.label += value
                t.label *= 2
            print(target, repr(value), getattr(t, target))
        except TypeError as e:
            print(target, repr(value), "TypeError:", e)
s = "ab"
s *= 2
s += "c"
items = [1, 2]
items *= 2
items += (3,)
print(s, items)
try:
    items -= [1]
except TypeError as e:
    print(e)
try:
    items *= "2"
except TypeError as e:
    print(e)

# __eq__ and __hash__: equality, use as dict keys and set members, and unhashable classes.

class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"Card({self.rank}, {self.suit!r})"


a = Card(10, "hearts")
b = Card(10, "hearts")
c = Card(3, "spades")
print(a == b, a is b, a != c, a == "10 hearts", a != 5)
print(hash(a) == hash(b))
counts = {}
for card in [a, b, c, Card(3, "spades"), a]:
    counts[card] = counts.get(card, 0) + 1
print(counts)
print(len({a, b, c}))
print(a in [c, b], Card(1, "x") in counts)


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly(1) == EqOnly(1), EqOnly(1) == EqOnly(2))
print(EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


x = Plain()
print(x == x, x == Plain(), x != Plain())
print(len({x, x}))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)


print(Version("1.2.0") == Version("1.2.0"), Version("1.2") == Version("1.2.0"))
print(len({Version("1.0"), Version("1.0"), Version("2.0")}))
print(hash((1, 2)) == hash(Version("1.2")))

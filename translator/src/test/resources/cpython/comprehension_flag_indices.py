"""[n for n in range(...) if flags[n]]: the indices of the true items, for every kind of flags, and the cases that
must test item by item (items whose truth runs code, indices out of range or negative, values that are not lists)."""


class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v % 2 == 0


class Squares:
    def __getitem__(self, k):
        print("getitem", k)
        return k * k % 3


GLOBAL_FLAGS = [k % 5 == 0 for k in range(40)]


def kinds(n: int) -> None:
    bits = [k % 3 == 0 for k in range(n)]
    print([i for i in range(n) if bits[i]])
    print([i for i in range(1, n - 1) if bits[i]])
    print([i for i in range(n - 1, -1, -7) if bits[i]])
    print([i for i in range(0, n, 2) if bits[i]])
    ints = [k % 4 for k in range(n)]
    print([i for i in range(n) if ints[i]][-5:])
    floats = [0.0, 1.5, -0.0, float("nan"), 2.0] * 3
    print([i for i in range(len(floats)) if floats[i]])
    words = ["", "a", "", "bc"]
    print([i for i in range(4) if words[i]])
    print([i for i in range(40) if GLOBAL_FLAGS[i]])
    big = [True] * 1000
    big[999] = False
    big[0] = False
    got = [i for i in range(1000) if big[i]]
    print(len(got), got[:3], got[-3:])
    got.append(1.5)
    print(got[-2:])


def fallbacks() -> None:
    loud = [Loud(k) for k in range(5)]
    print([i for i in range(5) if loud[i]])
    print([i for i in range(4) if Squares()[i]])
    sq = Squares()
    print([i for i in range(4) if sq[i]])
    as_tuple = (True, False, True)
    print([i for i in range(3) if as_tuple[i]])
    as_dict = {0: 1, 1: 0, 2: 5}
    print([i for i in range(3) if as_dict[i]])
    short = [True, False, True]
    print([i for i in range(-3, 3) if short[i]])
    try:
        print([i for i in range(5) if short[i]])
    except IndexError as e:
        print("IndexError", e)
    mixed = [True, 0, "x", None, 2.5]
    print([i for i in range(5) if mixed[i]])
    print([i for i in range(0) if missing[i]])
    try:
        print([i for i in range(2) if missing[i]])
    except NameError as e:
        print("NameError", e)
    alias = short
    alias.append(True)
    print([i for i in range(4) if short[i]])


def unbound_free(n: int) -> None:
    print([i for i in range(n) if later[i]])
    later = [True]
    print([i for i in range(n) if later[i]])


kinds(100)
fallbacks()
unbound_free(0)
try:
    unbound_free(1)
except NameError as e:
    print("NameError", e)

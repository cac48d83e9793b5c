"""A class's __eq__ against ints, floats and bools: both operand orders, inside tuples and lists, and as dict keys
(where the stored key is asked first), with every call logged."""
calls = []


class Approx:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __hash__(self):
        return hash(round(self.value))

    def __eq__(self, other):
        calls.append(self.name)
        if isinstance(other, Approx):
            return abs(self.value - other.value) < 0.5
        if isinstance(other, (int, float)):
            return abs(self.value - other) < 0.5
        return NotImplemented


def show(label, result):
    print(f"{label}: {result} {calls}")
    calls.clear()


a = Approx("a", 2.2)
show("a == 2", a == 2)
show("2 == a", 2 == a)
show("a == 2.4", a == 2.4)
show("True == Approx", True == Approx("t", 1.1))
show("a != 3", a != 3)
show("3 != a", 3 != a)
show("a == 'x'", a == "x")
show("tuples", (a, 3) == (2, 3))
show("lists", [1, a] == [1, 2])
show("in list", 2 in [a])
show("index", [0, 1, a].index(2))

stored = {Approx("key", 7.0): "approx"}
show("get(7)", stored.get(7))
show("7 in", 7 in stored)
plain = {7: "int"}
show("get(Approx)", plain.get(Approx("probe", 7.2)))
show("Approx in", Approx("probe", 7.2) in plain)
show("missing", plain.get(Approx("far", 7.6), "none"))
pairs = {(Approx("in-tuple", 1.0), 2): "pair"}
show("tuple key", pairs.get((1, 2)))

# a removed key's place is passed over without asking the looked-up key
gone = Approx("gone", 5.0)
holes = {0: "zero", gone: "five", 9: "nine"}
del holes[gone]
show("after del", holes.get(Approx("probe", 5.1), "absent"))

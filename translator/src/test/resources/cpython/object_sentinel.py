"""A bare object() as a sentinel: identity, equality, hashing and its repr without a module."""

MISSING = object()


def lookup(table, key, default=MISSING):
    value = table.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


table = {"a": 1}
print(lookup(table, "a"), lookup(table, "b", None))
try:
    lookup(table, "b")
except KeyError as e:
    print("KeyError:", e)

other = object()
print(MISSING is MISSING, MISSING == other, MISSING != other, MISSING == MISSING)
print(len({MISSING, other, MISSING}), type(MISSING).__name__, type(MISSING) is object)
print(repr(MISSING).split(" at 0x")[0], str(other).split(" at 0x")[0], str(MISSING).endswith(">"))


class Marker:
    pass


print(repr(Marker()).split(" at 0x")[0], isinstance(Marker(), object), isinstance(MISSING, Marker))

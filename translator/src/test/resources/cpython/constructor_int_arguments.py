"""A class called with arguments computed from int attributes of an instance's layout (self.state % 1000,
self.ident), which reach its typed __init__ unboxed, and every way such an argument falls back: an instance
whose attributes were added in another order, an int past 64 bits, a float or a bool where an int was hinted,
an __init__ replaced on the class."""


class Packet:
    def __init__(self, kind: str, payload: int, origin: int) -> None:
        self.kind = kind
        self.payload = payload
        self.origin = origin

    def __repr__(self) -> str:
        return f"Packet({self.kind!r}, {self.payload!r}, {self.origin!r})"


class Source:
    def __init__(self, ident: int, state: int) -> None:
        self.ident = ident
        self.state = state

    def emit(self) -> Packet:
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return Packet("work", self.state % 1000, self.ident)

    def scaled(self) -> Packet:
        return Packet("big", self.state * 4611686018427387904 + 1, self.ident)

    def tripled(self) -> Packet:
        return Packet("big", self.state * 4611686018427387904 + 1, self.ident * 3)


def drain(sources: list, rounds: int) -> list:
    out = []
    for _ in range(rounds):
        for s in sources:
            out.append(s.emit())
    return out


srcs = [Source(1, 7), Source(2, 11)]
print(drain(srcs, 3))
print([s.scaled() for s in srcs], [s.tripled() for s in srcs])

# attributes added in another order: not the layout, read by their names
odd = Source.__new__(Source)
setattr(odd, "state", 5)
setattr(odd, "ident", 9)
srcs.append(odd)
print(drain(srcs, 2))

# a float, a bool and an int past 64 bits where ints were hinted, through a path the translator cannot see
setattr(srcs[0], "ident", 2.5)
setattr(srcs[1], "ident", True)
setattr(odd, "state", 2 ** 70 + 3)
print(drain(srcs, 1))
print(type(srcs[1].emit().origin).__name__, odd.scaled(), odd.tripled(), srcs[0].tripled())


# an __init__ replaced on the class takes the arguments as they are
def init_tagged(self, kind, payload, origin):
    self.kind = kind.upper()
    self.payload = -payload
    self.origin = origin


Packet.__init__ = init_tagged
print(drain(srcs[:2], 2))

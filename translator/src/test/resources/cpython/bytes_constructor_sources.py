# bytes() and bytearray() of every kind of source, with CPython's errors.


class Count:
    def __index__(self):
        return 3


class Items:
    def __iter__(self):
        return iter([104, 105])


class Sequence:
    def __getitem__(self, i):
        if i < 2:
            return 65 + i
        raise IndexError(i)


class Opaque:
    pass


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)


sources = [0, 3, True, False, -1, 10 ** 30, 2.5, None, 1j, b"ab", bytearray(b"cd"), [1, 2, 255], (7,), [256],
           ["x"], range(3), "text", Count(), Items(), Sequence(), Opaque()]
for make in (bytes, bytearray):
    show(f"{make.__name__}()", lambda: make())
    for source in sources:
        show(f"{make.__name__}({type(source).__name__})", lambda: make(source))
    show(f"{make.__name__}(source=None)", lambda: make(source=None))
    show(f"{make.__name__}(source=2)", lambda: make(source=2))
    show(f"{make.__name__}('é', 'utf-8')", lambda: make("é", "utf-8"))
    show(f"{make.__name__}(None, 'utf-8')", lambda: make(None, "utf-8"))
    show(f"{make.__name__}(encoding='utf-8')", lambda: make(encoding="utf-8"))
    show(f"{make.__name__}(errors='strict')", lambda: make(errors="strict"))
    show(f"{make.__name__}(b'x', errors='strict')", lambda: make(b"x", errors="strict"))

# `in` on bytes and bytearray, and int()/float() of bytes-like values, with CPython's errors.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


data = b"quick"
mutable = bytearray(b"brown")
for item in [113, 0, True, False, 255, 256, -1, 10 ** 20, -(10 ** 20), b"ui", b"", bytearray(b"ck"), "q", 1.0,
             None, (113,), [113]]:
    show(f"{item!r} in {data!r}", lambda: item in data)
    show(f"{item!r} in {mutable!r}", lambda: item in mutable)
    show(f"{item!r} not in {data!r}", lambda: item not in data)

for text in [b"12", b" -7 ", b"1_000", b"0x10", b"r", b"", bytearray(b" 42\n"), bytearray(b"4.5"), bytearray(b"x")]:
    show(f"int({text!r})", lambda: int(text))
for text in [b"1.5", b" -2e3 ", b"nan", b"inf", b"r", bytearray(b" 2.25 "), bytearray(b"1_0.5"), bytearray(b"")]:
    show(f"float({text!r})", lambda: float(text))

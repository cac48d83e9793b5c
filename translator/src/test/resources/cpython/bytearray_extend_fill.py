"""bytearray.extend's sources and errors (nothing added when an item fails), bytearray.fromhex, and the fill byte
of center/ljust/rjust on bytes and bytearray."""


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Bytes:
    def __iter__(self):
        return iter([104, 105])


class Broken:
    def __iter__(self):
        raise TypeError("no iteration today")


for source in [5, "ab", None, 3.5, [1, 300], [1, "a"], [255, 0], b"xy", bytearray(b"z"), range(3), (7,),
               iter([65, 66]), Bytes(), Broken(), {"k": 1}, {3}, [], [True, False]]:
    b = bytearray(b".")
    attempt(f"extend {type(source).__name__}", lambda: b.extend(source))
    print(" ->", b)

grow = bytearray()
for k in range(40):
    grow.extend(bytes([k]) * k)
print(len(grow), grow[-3:], grow.count(39))
same = bytearray(b"ab")
same.extend(same)
print(same)

attempt("fromhex", lambda: bytearray.fromhex("de ad BE ef"))
attempt("fromhex empty", lambda: bytearray.fromhex(""))
attempt("fromhex bad", lambda: bytearray.fromhex("zz"))
attempt("fromhex odd", lambda: bytearray.fromhex("abc"))
attempt("fromhex bytes", lambda: bytearray.fromhex(b"ab"))
attempt("bytes fromhex", lambda: bytes.fromhex("0a 0b"))

for method in ["center", "ljust", "rjust"]:
    for fill in ["*", b"**", 1, b"*", bytearray(b"-"), b"", None]:
        for text in [b"ab", bytearray(b"ab")]:
            attempt(f"{type(text).__name__}.{method} {fill!r}", lambda: getattr(text, method)(6, fill))
    attempt(f"{method} default", lambda: getattr(b"ab", method)(5))

# a bytearray's repr escapes a single quote even between double quotes
for raw in [b"'", b'"', b"'\"", b"it's", b"a\\b'", b""]:
    print(repr(bytearray(raw)), repr(raw), str(bytearray(raw)), [bytearray(raw)])

"""ord() in typed loops: checksums over str characters, values that outgrow 64 bits, and arguments that are not
one-character strs (bytes, other lengths, other types) reaching the same call."""


def checksum(text: str) -> int:
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


def unbounded(text: str) -> int:
    h = 0
    for ch in text:
        h = h * 131 + ord(ch)
    return h


def codes(items: list) -> int:
    total = 0
    for x in items:
        try:
            total += ord(x)
        except TypeError as e:
            print("TypeError:", e)
    return total


def shifted(text: str, k: int) -> str:
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if "a" <= c <= "z" else c for c in text)


print(checksum("hello"), checksum(""), checksum("caf\u00e9 \u2615 \U0001F600 end"))
print(unbounded("x" * 30), unbounded("\U0001F600\U0001F601"))
print(codes(["a", 5, "bc", b"z", bytearray(b"q"), b"", "\U0001F600", None, "\ud800", ""]))
print(shifted("hello, world", 13), ord(max("abc")), [ord(c) for c in "\u20ac\x00\xff"])
f = ord
print(f("A"), list(map(ord, "xyz")))

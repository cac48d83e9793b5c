# bytes and bytearray: literals, repr, indexing to ints, slicing, concatenation and conversions.

b = b"hello\x00\xff\n'"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b"abc"), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(repr(b'"'), repr(b"'\""), b"\t\r\\", bytes([0x7f, 0x80, 0x20, 0x7e]))
print(b"ab" + b"cd", b"ab" * 3, b"a" in b"cat", 97 in b"cat", b"" < b"a" < b"b")
print(b"abc" == b"abc", b"abc" == "abc", bytes("é", "utf-8"), "é".encode())
print(b"hello".hex(), bytes.fromhex("de ad be ef"), b"\x01\x02".hex("-"))
ba = bytearray(b"mutable")
ba[0] = ord("M")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba), bytes(ba), ba.pop(), ba)
ba[1:3] = b"UTA"
print(ba)
del ba[0]
print(ba, bytearray(2), bytearray([1, 2]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(b"A"[0], chr(b"A"[0]), [c for c in b"hi"], sum(b"\x01\x02\x03"))
print(str(b"x"), b"x".decode(), bytes(b"copy"))
print({b"key": 1}, (b"t",), [b"l"])
try:
    b"a"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)

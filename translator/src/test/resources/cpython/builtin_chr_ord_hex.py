# chr, ord, hex, oct, bin and int() parsing back, including negative numbers and format().

for n in [0, 1, 7, 8, 15, 16, 255, 256, 4095, -1, -16, 2 ** 32, -(2 ** 40)]:
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2))
print([chr(c) for c in range(65, 75)], [ord(c) for c in "AZaz09"])
print(len(chr(0)), repr(chr(0)), repr(chr(127)), chr(160) == "\xa0", chr(0x10FFFF) == "\U0010ffff")
print(format(255, "x"), format(255, "#X"), format(10, "b"), format(10, "#010b"), format(8, "o"))
print(f"{0xCAFE:x} {0o777:o} {0b1111:b} {12:#x} {-12:#x}")
caesar = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print("".join(chr(ord(c) ^ 32) for c in "Swap Case"))
print(sum(ord(c) for c in "checksum"), hex(sum(ord(c) for c in "checksum") & 0xFF))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0b11", 2), int("0o17", 8), int("11", 36))
print(ord("€"), hex(ord("€")), "\u20ac" == chr(8364))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)

# Bitwise operators on ints, including negative numbers (two's complement of infinite width) and shifts.

a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, bin(a & b), bin(a ^ b))
print(-1 & 0xFF, -256 & 0xFF, -1 >> 10, -5 >> 1, -5 << 3, ~0, ~-1, -(~5))
print(5 & -2, -6 | 3, -6 ^ 3, -6 & -3, 7 ^ -1)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, (1 << 100) >> 98)
print(0xFF ^ 0x0F, 0xF0 | 0x0F, 0xDEADBEEF & 0xFFFF, hex(0xDEADBEEF >> 16))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, flags ^ WRITE)
print([n for n in range(20) if n & (n - 1) == 0])
print([bin(n).count("1") for n in range(9)], [(n).bit_count() for n in (255, 256, -7)])
x = 0b10110000
print(x & -x, (x & -x).bit_length() - 1)
mask = (1 << 64) - 1
print((-1) & mask, ((-1) & mask) >> 63, (12345 * 6364136223846793005 + 1442695040888963407) & mask)
h = 2166136261
for byte in b"portalis":
    h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
print(h, hex(h))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)

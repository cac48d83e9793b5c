# Arbitrary-precision ints: no overflow at 64 bits, big products, powers, division and conversions.

big = 2 ** 64
print(big, big - 1, -big, big * big)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1)
print(9223372036854775807 + 1, 9223372036854775807 * 2, -9223372036854775808 - 1)
print(3 ** 100)
print(10 ** 30 // 7, 10 ** 30 % 7, divmod(10 ** 30, -7))
print(-(10 ** 25) // 3, -(10 ** 25) % 3)
fact = 1
for k in range(1, 31):
    fact *= k
print(fact, len(str(fact)))
print(fact // (2 ** 20), fact % 1000007)
print(int("123456789012345678901234567890") + 1)
print(int("-99999999999999999999"), int("ff" * 10, 16))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 65))
print((2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (255).bit_length())
print(2 ** 100 > 2 ** 99, 2 ** 64 == 18446744073709551616, 2 ** 64 == 2.0 ** 64)
print(float(2 ** 64), float(2 ** 100), 2 ** 100 / 2 ** 50, 2 ** 53 + 1.0)
print(abs(-(10 ** 20)), pow(2, 200, 10 ** 9 + 7), pow(3, 10 ** 18, 1000))
print(sum(range(10 ** 6)) * 10 ** 12)
print(12345678901234567890 * 98765432109876543210)
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
print((-7) ** 21, (-2) ** 64)
print(2 ** 64 & 0xFFFF, (2 ** 64 | 1) >> 60, 1 << 100, ~(2 ** 64), -(2 ** 64) >> 3)
print(hash(2 ** 64) == hash(2 ** 64), 10 ** 20 in {10 ** 20: 1})
print(str(-(2 ** 127)), repr(2 ** 128))
print(max(2 ** 70, 2 ** 69 * 3), min(-(2 ** 70), 0), sorted([2 ** 65, -3, 2 ** 64]))
print(int(1e20), int(-1.5e19), round(2 ** 70 / 3))

# Arithmetic right at the 64-bit boundaries, where a fast long path must promote instead of wrapping.

MAX = 9223372036854775807
MIN = -9223372036854775808
print(MAX + 1, MIN - 1, MAX * MAX, MIN * -1, -MIN, abs(MIN))
print(MIN // -1, MIN % -1, divmod(MIN, -1))
print(MAX - MIN, MIN + MIN, MAX + MAX)
print(MAX * 2 // 2 == MAX, (MAX + 1) - 1 == MAX)
print(MAX << 1, 1 << 63, 1 << 64, -1 << 63)
print(MAX ** 2, MIN ** 3)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(4294967296 * 4294967296, 4294967296 * -4294967296)
x = 1
for i in range(70):
    x *= 2
    if i in (61, 62, 63, 64, 69):
        print(i, x)
acc = MAX - 5
for _ in range(10):
    acc += 1
print(acc)
print(sum([MAX, MAX, MAX]), sum([MIN, -1]))
print(MAX + 0.0, float(MAX), int(float(MAX)))
print(2 ** 62 + 2 ** 62, -(2 ** 62) - 2 ** 62 - 1)
print(-MIN // 2, MIN // 2, MIN % 7, MAX % -7)
print(pow(MAX, 2, 1000000007), MAX.bit_length(), MIN.bit_length())
counter = MAX
counter -= MIN
print(counter)
items = [MAX, MAX - 1, MAX + 1, MIN, MIN + 1, MIN - 1]
print(sorted(items))
print(str(MAX + 1).count("8"), len(str(MIN - 1)))
print(hash(MAX) == hash(MAX + 0), hash(MAX + 1) == hash(MAX + 1))
print(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF + 1, -0x8000000000000000 == MIN)
print(int("9223372036854775808"), int("-9223372036854775809"))

# Float arithmetic and mixing with ints: true division, powers, is_integer, as_integer_ratio, math.
import math

print(7 / 2, 7.0 // 2, 7 // 2.0, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 // 2)
print(2 ** 0.5, 2.0 ** 3, 8 ** (1 / 3), (-8) ** 2.0, 10 ** -2, 10.0 ** 20, 10.0 ** 15)
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 1 / 8, True + 0.5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), int(2.999), int(-2.999))
print(math.sqrt(2), math.sqrt(16), math.hypot(3, 4), math.pi, math.e, math.tau)
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1))
print(math.exp(1), math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.degrees(math.pi), math.radians(180), math.fabs(-2), math.fmod(-7, 3))
print(abs(-3.5), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234.5, -2))
print(0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), math.isclose(1.0, 1.001, rel_tol=0.01))
total = 0.0
for _ in range(1000):
    total += 0.001
print(total, math.fsum([0.001] * 1000))
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(max(1, 2.0), min(1.0, 1), max(2, 2.0), 3 == 3.0, hash(3) == hash(3.0))
print(sum([1, 2.5, 3]), sum([0.5, 0.5]), sum([], 0.0))
print(1.0 / 3.0 + 1.0 / 3.0 + 1.0 / 3.0, 0.1 + 0.7, 4.35 * 100, 1.1 + 2.2)
print(float(1 / 7), 22 / 7, 355 / 113, 1e-10 + 1)

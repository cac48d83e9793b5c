# float repr: the shortest string that round-trips, exponent thresholds, and negative zero.

values = [
    0.1, 0.2, 0.1 + 0.2, 1.1 * 3, 1 / 3, 2 / 3, 0.5, 1.0, 100.0, -2.5,
    1e15, 1e16, 1.5e16, 123456789012345678.0, 1e22, 1e-4, 1e-5, 0.0001234, 0.00001234,
    1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 3.141592653589793, 2.718281828459045,
    0.0, -0.0, 1e100, 1.23e-100, 9007199254740993.0, 0.30000000000000004, 100000000000000000.0,
    12345.678, 1.0e-7, 4.35, 2.675, 1e308 * 10, -1e308 * 10,
]
for v in values:
    print(repr(v), str(v))
print([0.1, -0.0, 1e16, 2.5])
print((1.0,), {1.5: 2.0})
print(float("0.1"), float("1e500"), float("-inf"), float("  3.25  "), float("1_000.5"))
print(float("nan"), float("-nan"), float("Infinity"), float("-iNF"))
print(3 * 0.1, 0.1 * 3, 0.7 + 0.1, 0.8 - 0.1, 1 - 0.9)
print(10 / 4, 10 / 5, 7 / 7, -7 / 2, 2 ** -1, 2 ** 0.5, 4 ** 0.5)
print(1e16 + 1, 1e16 + 2, 2 ** 53, float(2 ** 53 + 1))
print(sum([0.1] * 10), 0.1 * 10)
print(str(1.0e-6), str(1.0e-5), str(123e4), str(1.23456789012e10))
print(float(7), float(True), float(-0), int(-0.0))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2) == 0.3)
print(1 / 3 * 3, 5e-324 / 2, 1e308 + 1e308)

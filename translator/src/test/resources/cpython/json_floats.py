# json and floats at the edges of the fast paths: dumps writes repr's shortest digits (found exactly for most
# magnitudes, by a general routine for the rest), loads reads short decimals by one exact operation and the rest
# exactly; ints beyond 64 bits stay exact both ways.
import json
import math
import random

edges = [1e16, 1e-05, 0.0001, 0.00012, -0.0, 0.0, 1e22, 1e+23, 5e-324, 2.2250738585072014e-308,
         1.7976931348623157e308, 9007199254740993.0, 2.0 ** 53 - 0.5, 2.0 ** 52 + 0.5, 1e15 + 0.3,
         123456789012345.6, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 7e-12, 8e-12, 1e-11, 3e-10, 2.0 ** -37, 2.0 ** -38]
edges += [2.0 ** 50 + k / 4 for k in range(1, 8)]
edges += [2.0 ** e for e in range(-45, 60, 7)]
edges += [2.0 ** e * (1 - 2.0 ** -53) for e in range(-40, 55, 9)]  # the double below each power
print(json.dumps(edges))
print(json.dumps([-x for x in edges]))
print(json.loads(json.dumps(edges)) == edges)

texts = ["[123456789012345, 1234567890123456789, 12345678901234567890, -9223372036854775808, -9223372036854775809]",
         "[1.23456789012345, 1.234567890123456, 12345678901234567890.5, 0.1e22, 1e22, 1e23, 9e-22, 1e-22, 1e-23]",
         "[123456789012345e7, 123456789012345e-22, 1234567890123456e-7, 4.35, 2.675, 0.000001, 1E+2, 1e-0, -0.0]",
         "[2.2250738585072011e-308, 2.2250738585072012e-308, 4.9406564584124654e-324, 2.4703282292062327e-324]",
         "[2.4703282292062328e-324, 1.7976931348623158e308, 1.7976931348623159e308, 9007199254740993]",
         "[0.30000000000000004441, 0.3000000000000000444089209850062616169452667236328125, 1e400, -1e400]"]
for t in texts:
    v = json.loads(t)
    print(v, json.dumps(v))

try:
    json.dumps([1.5, float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"a": float("nan"), "b": -math.inf}), json.dumps({1.25: 1, -0.0: 2, 1e16: 3, 0.1 + 0.2: 4}))

rng = random.Random(5)
values = []
for _ in range(3000):
    kind = rng.randrange(5)
    if kind == 0:
        values.append(rng.random())
    elif kind == 1:
        values.append(round(rng.uniform(-1000, 1000), rng.randrange(0, 9)))
    elif kind == 2:
        values.append(rng.random() * 10.0 ** rng.randrange(-14, 18))
    elif kind == 3:
        values.append(rng.randrange(1, 10 ** rng.randrange(1, 18)) / 10 ** rng.randrange(0, 25))
    else:
        values.append(rng.getrandbits(80) - 2 ** 79)
text = json.dumps(values)
back = json.loads(text)
print(len(text), sum(ord(c) * (k % 251 + 1) for k, c in enumerate(text)) % 1_000_000_007, back == values)
print(text[:300])
print(json.dumps(back[-40:]))

# json.loads rounds every decimal to the nearest double as float() does: 17-digit decimals and their neighbours
# (some of which need the longer of the two products the fast conversion can take), decimals exactly halfway
# between two doubles (ties to even), and the subnormal and overflowing ones that take the exact conversion.
import json
import random


def digest(x: float) -> int:
    """A number standing for x's repr, which names x exactly."""
    return sum(ord(c) * (k + 1) for k, c in enumerate(repr(x)))


halfway = ["9007199254740993.0", "9007199254740995.0", "4503599627370496.5", "4503599627370497.5",
           "1152921504606847104.0", "1152921504606847232.0", "1152921504606847104e0", "1152921504606847232e0",
           "2251799813685248.25", "2251799813685248.75", "9007199254740993e3", "90071992547409930e-1",
           "4.5035996273704965e15", "4.5035996273704975e15", "8.988465674311579e307", "1.7976931348623158e308",
           "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062328e-324", "1e-330"]
for t in halfway:
    v = json.loads(t)
    print(t, repr(v), v == float(t))

rng = random.Random(11)
mismatches = 0
total = 0
h = 0
for _ in range(20000):
    x = rng.random() * 10.0 ** rng.randrange(-20, 20)
    digits = format(x, ".16e")
    mantissa, exponent = digits.split("e")
    last = int(mantissa[-1])
    texts = [digits, mantissa[:-1] + str((last + 1) % 10) + "e" + exponent, repr(x)]
    decoded = json.loads("[" + ", ".join(texts) + "]")
    for t, v in zip(texts, decoded):
        total += 1
        if v != float(t):
            mismatches += 1
        h = (h * 31 + digest(v)) % 1_000_000_007
print(total, mismatches, h)

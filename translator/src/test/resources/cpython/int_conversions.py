# int <-> str conversions: bases 2..36, prefixes, underscores, whitespace, signs and their errors.

for text, base in [("101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("0x1f", 16), ("0b11", 0),
                   ("0o17", 0), ("0x_ff", 0), ("12", 0), ("1_000", 10), (" -42 ", 10), ("+7", 10), ("-0", 10),
                   ("\t99\n", 10), ("١٢٣", 10)]:
    print(repr(text), base, int(text, base))
print(int("9" * 40), int("-" + "1" * 30), int("10" * 10, 2))
print(str(10 ** 20), str(-(2 ** 64)), repr(12), f"{-0}", str(0o17), str(0xff), str(0b101))
for bad in ["", " ", "1.0", "1e3", "0x", "12a", "_1", "1__0", "1_", "--1", "0b2", "08"]:
    try:
        print(repr(bad), int(bad, 0))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
print(int(7.9), int(-7.9), int(True), int("0010"), int("-0b101", 0), int("0", 0), int("00", 0))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(-255, "#x"), format(2 ** 64, "x"))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, rem = divmod(n, base)
        out.append(digits[rem])
    return sign + "".join(reversed(out))


for n, b in [(255, 2), (255, 16), (-1000, 7), (2 ** 70, 36), (0, 5)]:
    print(n, b, to_base(n, b), int(to_base(n, b), b) == n)

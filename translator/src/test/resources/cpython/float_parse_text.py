"""float() of text: plain decimals in every shape, and the forms beside them (spaces, underscores, signs,
infinities, NaN, non-ASCII digits) with the errors CPython gives for text that is not a number."""
import math

samples = ["0", "-0", "+0.0", "1", "3.14", "-2.5", ".5", "5.", "-.5", "1e10", "1E-5", "2.5e+3", "-1.5E-300",
           "1e400", "-1e400", "4.9e-324", "2e-324", "1e-400", "0.1", "0.30000000000000004", "123456789012345678901234",
           "9007199254740993", "1.7976931348623157e308", "1.7976931348623159e308", "00012.5000", "007"]
for s in samples:
    x = float(s)
    print(repr(s), repr(x), math.copysign(1.0, x))
odd = [" 1.5 ", "\t-2\n", "1_000.5", "1_0e1_0", "inf", "-Infinity", "nAn", "+inf", "\u0661\u0662.5", "1.5\u00a0"]
for s in odd:
    print(repr(s), repr(float(s)))
bad = ["", " ", "1.5.2", "e5", "1e", "1e+", "--1", "+-1", "1_", "_1", "1__0", "0x10", "1.5d", "1.5f", "1,5", ".",
       "infinity1", "nan(1)", "1e5.5", "١٢x"]
for s in bad:
    try:
        float(s)
        print("accepted", repr(s))
    except ValueError as e:
        print("ValueError:", e)
total = 0.0
for k in range(2000):
    total += float(f"{k}.{k % 7}e-{k % 5}")
print(total)

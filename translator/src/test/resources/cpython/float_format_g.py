# How floats become text through str, repr, format types g/e/f/% and precision, around the thresholds.

values = [
    0.0, -0.0, 1.0, 0.1, 1.5, 100.0,
    123456.789, 1234567.0, 12345678.9,
    1e15, 1e16, 1e100,
    1.234e-4, 1.234e-5, 2.5e-7,
    9.999999e5, 3.0e-310,
    1 / 3, 2 / 3,
]
for x in values:
    print(f"{x!r:>24} | {x:g} | {x:.3g} | {x:.10g} | {x:e} | {x:.2e} | {x:.4f} | {x:.0f}")
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675]:
    print(x, f"{x:.0f} {x:.1f} {x:.2f}", "%.2f" % x, "{:.1e}".format(x), round(x, 2))
print(format(0.5, "%"), format(0.00015, ".1%"), format(1.0, "#g"), format(1.0, "#.3g"), format(100.0, "#.0f"))
print(format(1e21, "f"), format(1.5, "010.3f"), format(-1.5, "+.2f"), format(1.5, "=+10.2f"))
print(format(123.456, ".1"), format(123.456, ".5"), format(1e-8, ".3"), format(1e20, ""))
print(format(0.1, ".20f"), format(0.1, ".17g"), format(2 ** 0.5, ".15g"), format(2 ** 0.5, ".16g"))
print(str(1e-4), str(1e-5), str(1e15), str(1e16), str(-1e-5), str(123e-20))
print(f"{1234.5:,.2f} {1234.5:_.1f} {1234567.891:,.0f} {0.000001:.2g} {999999.5:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{1e300 * 1e10} {-1e300 * 1e10:.2f} {float('nan'):g} {float('inf'):e} {float('-inf'):%}")

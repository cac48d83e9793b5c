# Fixed-point format specs of floats with widths: alignment, fill, zero padding, signs, and values wider than
# the width, as a table printer uses them.
values = [0.0, -0.0, 1.5, -1.5, 3.14159, -2.71828, 12345.678, -98765.4321, 1e-7, 1e16, 0.005, 0.015, 2.675]
specs = ["8.2f", "10.3f", "3.1f", "1.0f", ">9.2f", "<9.2f", "^9.2f", "*>9.2f", "09.2f", ">09.2f", "+8.2f",
         " 8.2f", "-8.2f", "=+9.2f", "12,.2f", "8.0f", "#8.0f", "20.10f", "6.2%", "8f"]
for v in values:
    print(f"{v!r:>12}", "|".join(format(v, s) for s in specs))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v, "|".join(format(v, s) for s in ["8.2f", "<8.2f", "08.2f", "+8.2f"]))
rows = [("alpha", 3, 0.25), ("beta", 12, 12.5), ("gamma", 7, -3.0)]
for name, n, share in rows:
    print(f"{name:<8}{n:4d}{share:9.3f}{100 * share / 15.75:7.2f}%")
for v, s in [("ab", ">05"), ("ab", "*>05"), (7, ">05"), (7, "<05"), (7, "^07"), (-7, "<05"), (1.5, "<09.2f"),
             ("ab", "^06"), (1.5, "*>09.2f"), (-2.5, ">010.3f")]:
    print(repr(v), s, repr(format(v, s)))

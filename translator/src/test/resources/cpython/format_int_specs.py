# Format specs of ints: widths, fill and alignment, signs, grouping, and the errors of specs ints refuse.
values = [0, 7, -7, 1234567, -1234567, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -(2 ** 70), True, False]
specs = ["d", "6d", "<8", "^9", ">10", "=+12", "+", " ", "-", ",", "_", "12,", "012,", "0=10", "*^15,d", "x<6d",
         "08d", "+08d", "_d", ",d", "3d", "1", "+8d", " 7d", "-6d", ">+7", "+>7"]
for v in values:
    print(v, "|".join(format(v, s) for s in specs))
for v in [5, -5, 123456]:
    print(f"{v:6d}|{v:<6}|{v:^7d}|{v:+,}|{v:_}|{v:010,}|{v: d}|{v:x}|{v:#o}|{v:.2f}|{v:e}|{v:%}|{v:n}|{v:c}"
          if v > 0 else f"{v:6d}|{v:<6}|{v:^7d}|{v:+,}|{v:_}|{v:010,}|{v: d}|{v:x}|{v:#o}|{v:.2f}|{v:e}|{v:%}|{v:n}")
for bad in [".2d", "z", ",n", "_n", "_c", ",c", ",x", ",b", ",q", "_q", ",.2x", ",.2d", "+c", "#c", "q"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(f"{bad!r}: {e}")
print(format(42, "_b"), format(42, "_x"), format(2 ** 40, "_X"), format(42, ",e"), format(42, "_%"), format(-42, "_o"))

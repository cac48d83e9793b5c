# f-string format specs: width, alignment, fill, sign, grouping, precision and types.

n = 1234567.891
i = 42
s = "py"
print(f"[{i:5}] [{i:<5}] [{i:^5}] [{i:>5}] [{i:05}] [{-i:05}]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:*^7}] [{s:.1}] [{s!r:>6}]")
print(f"{n:.2f} {n:,.2f} {n:_.1f} {n:e} {n:.3E} {n:g} {n:.3g} {n:%}")
print(f"{0.5:.0%} {0.12345:.2%} {1/3:.10f} {2/3:.0f} {-0.0:.1f} {1e-7:g} {1e16:g}")
print(f"{i:+} {-i:+} {i: } {-i: } {i:+08.2f}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#o} {255:b} {255:#b} {5:08b}")
print(f"{1234567:,} {1234567:_} {0xdeadbeef:_x} {-1234567:,}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|")
print(f"{42:c} {ord('A'):c} {65:d} {True:d} {True} {None!s}")
width, precision = 12, 4
print(f"{n:{width}.{precision}f}|{s:{'>'}{width}}|")
print(f"{'%'} {{literal braces}} {i}{{}}")
print(f"{n:=+15,.2f}|{-n:=15,.2f}|")
print(f"{12345.6789:.2e} {0.000123:.1e} {123456789:.2e}")
print(f"{1.5:g} {100000.0:g} {1000000.0:g} {0.0001:g} {0.00001:g} {1.0:g}")
print(f"{float('inf'):8.2f}|{float('-inf'):<8}|{float('nan'):^8}|")
print(f"{2 ** 70:,} {-2 ** 70:x}")
print(f"{3:3}|{3.0:3}|{'3':3}|")
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.99)]
for name, qty, price in table:
    print(f"{name:<12}{qty:>4}{price:>8.2f}{qty * price:>9.2f}")

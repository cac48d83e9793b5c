# math.atan2 and math.atan give the C library's (correctly rounded) angles, to the last printed digit, through the
# module and typed code, and so do cmath.phase, cmath.polar and cmath.log, which use atan2.
import cmath
import math


def angle(y: float, x: float) -> float:
    return math.atan2(y, x)


def slope(t: float) -> float:
    return math.atan(t)


rows = []
for i in range(-12, 13):
    row = []
    for j in range(-9, 10):
        y, x = i / 7.0, j / 3.0 + 0.1
        row.append(angle(y, x))
        row.append(math.atan2(y * 1e-5, x))
    rows.append(row)
    print(i, row)
print([slope(k / 11.0) for k in range(-30, 31)])
print([math.atan(10.0 ** k / 3.0) for k in range(-8, 9)])
print([cmath.phase(complex(k / 5.0, 1.0 - k / 9.0)) for k in range(-15, 16)])
print([cmath.polar(complex(k, 2 * k + 1)) for k in range(-5, 6)])
print([cmath.log(complex(1.5, k / 4.0)) for k in range(-8, 9)])
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1.0), math.atan2(math.inf, -math.inf), math.atan(math.inf),
      math.atan2(5e-324, 1.0), math.atan2(1e308, 1e-308), math.atan2(-1e-308, -1e308))

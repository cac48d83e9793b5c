# inf and nan: comparisons, arithmetic, formatting, math.isnan/isinf, and sorting.
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(nan))
print(inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * 0, inf / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
print(inf + 1, -inf * 2, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan)
print(max(1, inf), min(-inf, 0), abs(-inf))
print(math.inf == inf, math.nan != math.nan)
print(f"{inf} {-inf:.2f} {nan:e} {inf:>6}|{nan:<6}|")
print(sorted([3, -inf, 1.5, inf, -2]))
print([x for x in [1.0, nan, 2.0] if x == x])
print(float("inf") == math.inf, hash(inf) == hash(inf), hash(-inf))
print(inf // 1, -inf % 2, divmod(5.0, inf), divmod(-5.0, inf))
print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0), -0.0 == 0.0)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), round(-0.5), round(-0.4))
print(1e308 * 10 == inf, -1e308 * 10 == -inf)
print(str(float("-0")), repr(-0.0), f"{-0.0}", f"{-0.0:+}")
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10))

"""math.gamma and math.lgamma to the last digit: CPython's Lanczos approximation over the C library's pow and exp."""
import math
import random

# arguments where a correctly rounded pow gives other digits than the C library's
for x in [139.96641697884743, 31.5764044106605, 158.03155318966074, 20.55376217528339, 54.85569663560592,
          138.36912831858925, 99.0068755849615, 102.58120911526552, 80.3280356931864, 81.49809980408216, 43.75,
          -25.062770838315355]:
    print(repr(x), repr(math.gamma(x)))

rng = random.Random(17)
values = [rng.uniform(0.0, 171.0) for _ in range(400)] + [k / 4 for k in range(1, 400)]
print(sum(math.gamma(x) for x in values[:300]))
print([math.gamma(x) for x in values[::37]])
print([math.lgamma(x) for x in values[::41]])
for x in (0.5, 1.0, 1.5, 23.0, 24.0, 170.5, 171.0, 171.7, 1e-21, -1e-21, -0.5, -1.5, -170.5, -200.5):
    try:
        print(x, math.gamma(x), math.lgamma(x))
    except (ValueError, OverflowError) as e:
        print(x, type(e).__name__, e)

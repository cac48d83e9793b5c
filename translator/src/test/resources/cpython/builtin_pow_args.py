# pow() with mod=None, keyword arguments, and its argument errors.
print(pow(2, 10, None), pow(2, 10, 1000), pow(base=3, exp=4), pow(2, exp=5, mod=7), pow(2.0, 3, None))
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(exp=2)
except TypeError as e:
    print("TypeError:", e)

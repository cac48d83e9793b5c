# Truthiness and the value of and/or: they return an operand, not a bool; not always returns a bool.

values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {"": 0}, None, True, False, set(), range(0)]
for v in values:
    print(repr(v), bool(v), not v, "truthy" if v else "falsy")
print(0 or "default", "" or [] or None, "first" or "second", 5 and 7, 0 and 7, [] and "never")
print(None or 0 or "", 1 and 2 and 3, 1 and 0 and 3, "a" or 1 / 0, 0 and 1 / 0)
name = ""
print(name or "anonymous", (name and name.upper()) or "no name")
config = {"retries": 0}
print(config.get("retries") or 3, config.get("retries", 3))


def noisy(v):
    print(f"  eval {v!r}")
    return v


print(noisy(0) or noisy(2) or noisy(3))
print(noisy(1) and noisy(None) and noisy(3))
print(not noisy([]), not noisy("x"))
x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
print(True + True, True and 2, False or 0.0, type(1 and 2.5).__name__)
count = 0
items = [1, 2, 3]
if items and items[0] == 1:
    count += 1
if not items or items[-1] > 2:
    count += 10
print(count)

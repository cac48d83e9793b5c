# Constructors as conversions: str, list, tuple, dict, set, bool, int, float, and their edge cases.

print(str(42), str(-0.5), str([1, "a"]), str((1,)), str({"k": 1}), str(None), str(True), str(b"b"))
print(list("abc"), list((1, 2)), list({"x": 1, "y": 2}), list(range(3)), list({"k": 1}.items()))
print(tuple([1, 2]), tuple("hi"), tuple(), tuple(x * 2 for x in range(3)))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict([("k", 1)], k=2), dict(), dict([[1, 2], "xy"]))
print(set([3, 1, 2]), set(), set((1, 1, 1)), sorted(set("hello")), frozenset([1, 2, 1]))
print(int("10"), int("10", 2), int("10", 16), int("-10", 8), int(" 0x10 ", 16), int("0o10", 0))
print(float("1.5e2"), float(3), float("-0"), float("nan") != float("nan"))
print(bool(""), bool("False"), bool(0.0), bool(-0.0), bool(1j if False else 1), bool(range(0)))
print(str(1e16), str(1e15), str(123456789.123456789), str(0.1 + 0.2), str(2 ** 0.5))
print(int(str(2 ** 70)) == 2 ** 70, float(str(0.1)) == 0.1, repr(float(repr(1 / 3))))
print(list(map(str, [1, 2.0, True])), [int(c) for c in "0123"], [float(x) for x in ("1", "2.5")])
print(chr(ord("a") + 1), ord(str(7)), str(ord("7")), int(bool("x")))
print(list(str(12345)), int("".join(reversed("12345"))), sum(int(d) for d in str(2 ** 100)))
print(tuple({1: "a", 2: "b"}.values()), list(zip(*{"a": 1, "b": 2}.items())))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    int("3.0")
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)

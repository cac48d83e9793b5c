# Chained comparisons evaluate each operand once and short-circuit.

x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4 < 5)
print(0 <= x <= 4, -1 < 0 < 1 != 2)
print("a" < "b" < "c", "abc" < "abd" < "b")
print([1, 2] < [1, 2, 0] < [1, 3])
print((1, "z") < (2, "a"))


def loud(v):
    print(f"  evaluate {v}")
    return v


print(loud(1) < loud(2) < loud(3))
print(loud(3) < loud(2) < loud(1))
print(loud(1) == loud(1) != loud(2))

a = b = [1]
c = [1]
print(a is b is not c, a == b == c)
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] == True)
print(None is None is None)
age = 17
category = "child" if age < 13 else "teen" if 13 <= age < 20 else "adult"
print(category)
print([n for n in range(30) if 5 < n % 10 < 8])
nothing = None
print(1 < 2 == 2.0 < 3 is not nothing)


def fail():
    raise RuntimeError("never evaluated")


print(2 < 1 < fail(), 1 > 2 == fail())
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(True == 1 == 1.0, False < True)

# Tuple and list unpacking: swaps, nested targets, loops, and the errors for wrong lengths.

a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[first, second] = [10, 20]
print(first, second)
(m, (n, o)) = [1, [2, 3]]
print(m, n, o)
single, = [42]
print(single)
key, value = {"only": 1}.popitem()
print(key, value)

points = [(1, 2), (3, 4), (5, 6)]
for px, py in points:
    print(px + py, end=" ")
print()
for index, (px, py) in enumerate(points):
    print(index, px * py)
for k, (lo, hi) in {"a": (1, 9), "b": (2, 8)}.items():
    print(k, hi - lo)

i = 0
values = [0, 0, 0]
i, values[i] = 1, 5
print(i, values)

try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

t = 1, 2, 3
print(t, type(t).__name__)
u = 1,
print(u)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
fib = [0, 1]
for _ in range(8):
    fib[-2], fib[-1] = fib[-1], fib[-2] + fib[-1]
    fib.append(fib[-1])
print(fib[-1])

# while loops: conditions, else after normal exit, break skipping else, and infinite loops with break.

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)

i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("while finished normally with i =", i)

i = 0
while i < 10:
    if i == 4:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

while False:
    print("never")
else:
    print("else of a loop that never ran")

stack = [1, [2, 3], [[4]], 5]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(flat)

count = 0
while True:
    count += 1
    if count % 3 == 0:
        continue
    if count > 10:
        break
    print(count, end=",")
print()


def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo


print([isqrt(k) for k in (0, 1, 2, 15, 16, 17, 10 ** 12)])
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)

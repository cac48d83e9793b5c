# break and continue in nested loops, with flags, and inside try/finally.

matrix = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
for row in matrix:
    for value in row:
        if value < 0:
            print("negative found:", value)
            break
        print(value, end=" ")
    print("| row done")

total = 0
for n in range(20):
    if n % 3 == 0:
        continue
    if n > 15:
        break
    total += n
print("total", total)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
print("after loop with break in try")

found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20 and a > 5:
            found = (a, b, c)
            break
    if found:
        break
print("pythagorean triple", found)

words = ["alpha", "", "beta", "skip", "gamma", "stop", "delta"]
kept = []
for w in words:
    if not w:
        continue
    if w == "skip":
        continue
    if w == "stop":
        break
    kept.append(w.upper())
print(kept)

n = 0
while True:
    n += 1
    if n < 5:
        continue
    break
print("n =", n)

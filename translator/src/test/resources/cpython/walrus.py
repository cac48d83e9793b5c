# The walrus operator binds inside expressions: while loops, comprehensions and conditions.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

queue = list(range(5))
while (item := queue.pop() if queue else None) is not None:
    print("processing", item)

values = [1, 5, 10, 50, 100]
scaled = [y for x in values if (y := x * 3) > 20]
print(scaled, y)

total = 0
running = [(total := total + v) for v in range(1, 6)]
print(running, total)

text = "key1=value1;broken;key2=value2;=;k3=v3"
pairs = {}
for part in text.split(";"):
    if (eq := part.find("=")) > 0:
        pairs[part[:eq]] = part[eq + 1:]
print(pairs)


def first_long(words, limit):
    for w in words:
        if (size := len(w)) > limit:
            return w, size
    return None


print(first_long(["a", "bb", "ccc", "dddd"], 2), first_long(["a"], 5))
print((z := 10), z * 2)
stream = iter([5, 6, 0, 7])
collected = []
while (v := next(stream)) != 0:
    collected.append(v)
print(collected, v)
print([m for s in ["abc", "", "de"] if (m := len(s))])

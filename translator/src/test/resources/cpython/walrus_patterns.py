# More assignment expressions: capturing a witness from any(), chunked loops, and reuse in conditions.
numbers = [4, 9, 15, 22, 31]
if any((hit := n) > 20 for n in numbers):
    print("first above 20:", hit)
if not all((bad := n) % 2 for n in [1, 3, 6, 7]):
    print("first even:", bad)

data = list(range(1, 12))
position = 0
while chunk := data[position:position + 4]:
    print("chunk", chunk, "sum", sum(chunk))
    position += 4

log = ["INFO start", "WARN disk 91%", "INFO ok", "ERROR failed: code=7", "WARN temp 80C"]
for line in log:
    if (level := line.partition(" ")[0]) in ("WARN", "ERROR"):
        message = line[len(level) + 1:]
        print(f"{level:<5} {message}")

cache = {}


def lookup(key):
    if (value := cache.get(key)) is not None:
        return f"cached {value}"
    cache[key] = value = len(key) * 10
    return f"computed {value}"


print(lookup("ab"), lookup("ab"), lookup("xyz"))
results = [(x, y) for x in range(1, 6) if (y := x * x - 5) > 0]
print(results)
print(total := sum(n for n in range(5)), total + 1)
values = [3, -1, 4, -1, 5]
print([last := v for v in values if v > 0], last)

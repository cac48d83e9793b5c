# input() reads lines from stdin (see stdin_sum.in) until EOFError.

count = int(input())
print("expecting", count, "numbers")
total = 0
values = []
for _ in range(count):
    line = input()
    value = int(line)
    values.append(value)
    total += value
print("values:", values)
print("total:", total)
print("mean:", total / count)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("remaining lines:", rest)

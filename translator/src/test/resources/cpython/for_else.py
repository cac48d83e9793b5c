# for/else: the else block runs only when the loop was not left by break.

def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print(f"found {target!r} at {index}")
            break
    else:
        print(f"{target!r} not found")


find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], None)

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()

for i in range(3):
    pass
else:
    print("else after complete loop, i =", i)

for x in []:
    print("never")
else:
    print("else after empty loop")

for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("continue does not skip else")

for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            print("break inner at", outer, inner)
            break
    else:
        print("inner completed for", outer)
        continue
    print("outer breaks at", outer)
    break


def first_negative(numbers):
    for n in numbers:
        if n < 0:
            return n
    else:
        return None


print(first_negative([3, 1, -4, -1]), first_negative([1, 2]))

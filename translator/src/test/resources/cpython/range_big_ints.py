# range with bounds, steps, lengths and values past 64 bits: CPython computes them as big ints; only len() of
# more than 2**63 - 1 values overflows.

n = 10
print(list(range(0, n, 2**70)), list(range(n, -n, -2**64)))
print(range(2**70)[0], range(2**70)[-1], range(2**70)[2**69], range(-2**63, 2**63)[2**63])
try:
    print(len(range(2**70)))
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(-2**63, 2**63, 4)), len(range(-2**63, 2**63 - 1, 3)), len(range(2**80, 2**80 + 5)), len(range(0, 2**70, 2**68)))
print(2**70 in range(2**71), 2**71 in range(2**71), 2**70 + 1 in range(0, 2**71, 2), -1 in range(2**70))
print(3 in range(2**64, 0, -3), 2**64 - 2 in range(2**64, 0, -3), 4.0 in range(2**65), 2.5 in range(5))
r = reversed(range(2**65))
print(next(r), next(r), list(reversed(range(2**64, 2**64 + 9, 4))), list(reversed(range(3, -2**64, -2**63))))
big = range(-2**70, 2**70, 3**30)
print(big, big[5], big[-5], big[1:10:3], big[::-1], repr(big[::2**40]))
print(big[2**60:], big[-2**80:2**80:2**50], big[:-2**69], range(10)[2**70:], range(10)[-2**70:2**70])
print(list(range(10)[::2**64]), list(range(10)[::-2**64]), range(10**12)[5:], range(10**12)[::-1])
print(bool(range(2**64, 2**64)), bool(range(2**64)), range(2**64, 2**64 + 10) == range(2**64, 2**64 + 10))
print(range(2**64, 2**64) == range(0), range(2**64, 2**64 + 1, 5) == range(2**64, 2**64 + 1, 7))
print(hash(range(2**64, 2**64 + 10)) == hash(range(2**64, 2**64 + 10)), {range(2**70): 1}[range(2**70)])
for i in range(2**63 - 2, 2**63 + 2):
    print(i, end=" ")
print()
print(list(range(2**63, 2**63 + 3)), list(range(-2**63 - 1, -2**63 + 2)), list(range(2**63 - 1, -2**63 - 3, -2**63)))
print(range(2**63, 2**63 + 3).start, range(2**63).stop, range(0, 1, 2**64).step, range(5).step)
print(range(2**70).index(2**69), range(2**70).count(5), range(10).count(2**70), range(2**70).count(2**70))
for bad in [2**71, -2**71 - 1]:
    try:
        range(2**70)[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    range(2**70).index(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    range(0, 5, 2**64 - 2**64)
except ValueError as e:
    print("ValueError:", e)
print(sum(range(2**64, 2**64 + 3)), max(range(2**64, 2**64 + 3)), min(range(2**64, 2**64 + 3)))
print(sorted(range(2**64 + 2, 2**64 - 1, -1)), [x - 2**64 for x in range(2**64, 2**64 + 4)])
print(list(range(0, -2**66, -2**64)), list(zip(range(2**64, 2**65, 2**62), "abc")))


def loops(k):
    out = []
    for i in range(0, k, 2**70):
        out.append(i)
    for i in range(2**63 - 2, 2**63 + 1):
        out.append(i - 2**63)
    for i in range(k, 2**64, 2**63):
        out.append(i)
    out.append([j for j in range(k, 2**66, 2**64)])
    return out


print(loops(10))
print(loops(2**63 - 1))

# range: lazy arithmetic sequences with len, membership, indexing, slicing, equality and reversal.

r = range(10)
print(r, len(r), list(r), r[3], r[-1], 5 in r, 10 in r, -1 in r)
s = range(-5, 20, 4)
print(list(s), len(s), s.index(7), s.count(3), s[1:3], list(s[::-1]), s[-2])
back = range(10, 0, -3)
print(list(back), len(back), 1 in back, 2 in back, list(reversed(back)))
print(len(range(0)), len(range(5, 5)), len(range(5, 0)), len(range(0, 10 ** 12, 7)), range(0, 10 ** 12)[-1])
print(range(0, 3) == range(0, 3), range(0) == range(5, 2), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(sum(range(1, 101)), max(range(3, 30, 7)), min(range(10, 0, -1)), sorted(range(3, 0, -1)))
print([i * i for i in range(2, 20, 5)], list(range(1, 2)), list(range(-3)), list(range(-3, 0)))
print(range(1, 10, 2)[1:4], range(20)[::5], range(1, 5).start, range(1, 5).stop, range(1, 5).step)
print(3.0 in range(5), 2.5 in range(5), True in range(2))
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)

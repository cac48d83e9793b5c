import bisect
from bisect import bisect_left, bisect_right, insort, insort_left


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 2, lo=4), bisect_right(a, 5, hi=5))
print(bisect_left(a, 2, 0, None), bisect_right(a, 2, 0, -1), bisect_right(a, 2, 0, -5), bisect_left(a, 9, 7, 3))
print(bisect_left([], 1), bisect_right((1, 3, 5), 3), bisect_left("acegi", "d"), bisect_right(range(0, 100, 5), 42))
print(bisect_left(a, True), bisect_right([0.5, 1.5, 2.5], 1))

s = []
for w in "pear apple fig banana cherry apple kiwi".split():
    insort(s, w)
print(s)
insort_left(s, "fig")
bisect.insort_right(s, "date", 0, 3)
print(s)
nums = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(nums, v)
print(nums, bisect_left(nums, 5), bisect_right(nums, 5))

# key= applies to the list's items, the searched value is already a key
people = [("ann", 23), ("bob", 31), ("cid", 31), ("dee", 45)]
print(bisect_left(people, 31, key=lambda p: p[1]), bisect_right(people, 31, key=lambda p: p[1]))
print(bisect.bisect(people, 40, 1, 3, key=lambda p: p[1]))
# insort's key= is applied to the new item too
bisect.insort(people, ("eve", 31), key=lambda p: p[1])
bisect.insort_left(people, ("fay", 31), key=lambda p: p[1])
bisect.insort(people, ("gus", 1), key=lambda p: p[1])
print(people)
print(bisect_right([(1, "b"), (1, "d")], (1, "c")), bisect_left([[1, 2], [3]], [1, 2, 0]))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        print("get", i)
        return i * i

    def insert(self, i, x):
        print("insert", i, x)


print(bisect_left(Seq(100), 50))
bisect.insort(Seq(10), 30)
print(bisect.bisect, bisect.insort, bisect.bisect_left.__name__)

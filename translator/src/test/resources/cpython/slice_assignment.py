# Slice assignment and deletion: growing, shrinking, extended slices and their length rule.

items = list(range(8))
items[2:4] = ["a", "b", "c"]
print(items)
items[:0] = [-1]
print(items)
items[len(items):] = [100, 101]
print(items)
items[1:4] = []
print(items)
items[::2] = [0] * len(items[::2])
print(items)
try:
    items[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del items[::3]
print(items)
del items[-2:]
print(items)
letters = list("abcdef")
letters[1:5] = "XY"
print(letters)
letters[:] = range(3)
print(letters)
nums = [5, 4, 3, 2, 1]
nums[1:4] = sorted(nums[1:4])
print(nums)
rev = list(range(6))
rev[::-1] = rev
print(rev)
rev[3:1] = ["inserted"]
print(rev)
a = [1, 2, 3]
b = a
a[:] = [9]
print(a, b, a is b)
try:
    (1, 2, 3)[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)

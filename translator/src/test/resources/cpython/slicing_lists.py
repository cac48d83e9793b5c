# Slicing lists and tuples: negative indices, steps, out-of-range bounds, copies.

nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[:])
print(nums[-3:], nums[:-3], nums[-5:-2])
print(nums[::2], nums[1::2], nums[::-1], nums[::-3])
print(nums[8:2:-2], nums[2:8:-1], nums[-1:-4:-1])
print(nums[100:], nums[-100:2], nums[5:100], nums[3:3])
print(nums[None:4], nums[slice(1, 9, 3)])
s = slice(2, None, 4)
print(nums[s], s.start, s.stop, s.step)
print(slice(1, 5).indices(3), slice(None, None, -1).indices(4))
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0], copy is nums)
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[5:], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2:5], list(r[::-1]), r[-2])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[1:] for row in grid[1:]])
print(nums[-1], nums[-10])
try:
    print(nums[-11])
except IndexError as e:
    print("IndexError:", e)
try:
    nums[::0]
except ValueError as e:
    print("ValueError:", e)

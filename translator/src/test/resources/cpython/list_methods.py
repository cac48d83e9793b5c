# list methods: append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear, plus operators.

items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 2)
items.insert(100, 6)
items.insert(-1, 7)
print(items, len(items))
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.index(4), items.count(1), items.count(42), items.index(1, 2))
items.sort()
print(items)
items.sort(reverse=True)
print(items)
items.reverse()
print(items)
copy = items.copy()
copy.append("new")
print(items, copy)
copy.clear()
print(copy)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, 3 * ["ab"])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
lst = [1, 2]
lst += (3, 4)
lst += "ab"
print(lst)
lst *= 2
print(lst, lst == lst[:], lst is lst[:])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [1] != [1.0])
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
nested = [1, [2, [3]]]
print(nested[1][1][0], len(nested), nested.count([2, [3]]))
stack = []
for ch in "(()[)":
    stack.append(ch) if ch in "([" else stack.pop() if stack else None
print(stack)
mixed = ["b", "A", "c", "B"]
mixed.sort(key=str.lower)
print(mixed)
print(sorted([3, 1, 2]), [3, 1, 2].sort())

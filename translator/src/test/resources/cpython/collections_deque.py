# collections.deque: both ends, maxlen eviction, rotate, extendleft order, indexing and repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.index(7), d.count(2), list(reversed(d)))
d.remove(7)
d.insert(1, "x")
print(d)
d[0] = "first"
del d[-1]
print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), window.maxlen)
window.appendleft(-1)
print(window)
bounded = deque("abcdef", maxlen=4)
print(bounded, bounded.maxlen)
print(deque(), deque(range(3)) == deque([0, 1, 2]), deque([1]) + deque([2]), deque([1, 2]) * 2)
d2 = deque([3, 1, 2])
d2.reverse()
print(d2, d2.copy(), list(d2))
d2.clear()
print(d2, bool(d2))
queue = deque()
for task in ["a", "b", "c"]:
    queue.append(task)
order = []
while queue:
    task = queue.popleft()
    order.append(task)
    if task == "a":
        queue.append("a2")
print(order)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

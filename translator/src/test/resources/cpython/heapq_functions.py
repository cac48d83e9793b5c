import heapq
from heapq import heappush, heappop, nlargest, nsmallest, merge


def drain(h):
    out = []
    while h:
        out.append(heappop(h))
    return out


h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heappush(h, x)
    print(h)
print(drain(h))

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print("heapify", data)
print("replace", heapq.heapreplace(data, 12), data)
print("pushpop small", heapq.heappushpop(data, -1), data)
print("pushpop big", heapq.heappushpop(data, 4), data)
print("pushpop empty", heapq.heappushpop([], 3))
big = [(i * 7919) % 3001 for i in range(3000)]
heapq.heapify(big)
print(big[:20], sum(big[i] for i in range(0, 3000, 97)))

# tuples: ties broken by the next field, strings compared as strings
tasks = []
for prio, name in [(2, "write"), (1, "read"), (2, "close"), (0, "open"), (1, "flush")]:
    heappush(tasks, (prio, name))
print(tasks)
print([heappop(tasks) for _ in range(len(tasks))])

# floats and ints mixed, negative numbers for a max-heap
m = []
for v in [3.5, -2, 7, 0.25, 7.0]:
    heappush(m, -v)
print([-heappop(m) for _ in range(5)])

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(nlargest(3, words), nsmallest(3, words))
print(nlargest(4, words, key=len), nsmallest(4, words, key=len))
print(nlargest(1, words, key=len), nsmallest(1, []), nlargest(0, words), nsmallest(-2, words))
print(nlargest(20, [3, 1, 2]), nsmallest(20, (3, 1, 2)))
print(nsmallest(3, iter([5, 3, 5, 1, 3, 1])), nlargest(2, (x * x for x in range(-5, 4))))
print(nsmallest(2, {"b": 1, "a": 2, "c": 0}), nlargest(2, "hello"))
pairs = [(1, "a"), (3, "b"), (3, "a"), (2, "z"), (3, "c")]
print(nlargest(2, pairs, key=lambda p: p[0]), nsmallest(3, pairs, key=lambda p: -p[0]))

print(list(merge([1, 4, 9], [2, 3, 10], [], [0, 11])))
print(list(merge([9, 4, 1], [10, 3, 2], reverse=True)))
print(list(merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(list(merge([(1, "x")], [(1, "a"), (2, "b")], key=lambda t: t[0])))
print(list(merge()), list(merge([5, 6])), list(merge("ace", "bdf")))
g = merge([1, 3], [2])
print(type(g).__name__, next(g), list(g))


def noisy(name, items):
    for x in items:
        print("  ", name, "gives", x)
        yield x


for v in merge(noisy("a", [1, 4]), noisy("b", [2, 3])):
    print("got", v)

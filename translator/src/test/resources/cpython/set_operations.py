# Set algebra on small ints (CPython prints them in ascending order since int hashes are their values).

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 5]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.isdisjoint({9}), a.issuperset([1, 2]))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 5], (4,))
print(s, len(s), 3 in s, 9 in s)
s.discard(5)
s.discard(42)
s.remove(4)
print(s)
print(s.pop(), s)
s.clear()
print(s, set(), bool(set()))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {5, 2}
print(c)
print(set([3, 3, 1]), set(range(5)), set("aaa") == {"a"}, len(set("mississippi")))
f = frozenset([2, 1])
print(f, f | {3}, {f: "frozen key"}, frozenset() == set(), hash(f) == hash(frozenset({1, 2})))
print({1, 2} == {2, 1}, {1} == frozenset({1}), type(f | {3}).__name__, type({3} | f).__name__)
print(sorted({5, 3, 7} - {3}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}))
print([x for x in {1, 2, 3} if x % 2])
seen = set()
unique = []
for n in [3, 1, 3, 2, 1, 4]:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, seen)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)

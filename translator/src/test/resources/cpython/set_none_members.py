"""None as a set member, and sets looked up in sets as the frozensets of their members."""
s = set()
s.add(None)
print(s, len(s), None in s)
t = {None, 1, "a"}
print(len(t), None in t, sorted(t, key=repr))
t.discard(None)
print(sorted(t, key=repr), None in t)
f = frozenset([None, 2])
print(sorted(f, key=repr), None in f, len(f), f == frozenset([2, None]), hash(f) == hash(frozenset([2, None])))
print(s.pop(), s, len({None} | {1}), {None} & {None, 2}, {None} ^ {None}, {None} == {None}, {None} - {None})
print([x for x in {None}], list({None}), {None}.copy(), {None: 1}.keys() & {None})

u = {1, 2, 3, 4, 5}
u.discard({4, 5})
try:
    u.remove({4})
except KeyError as e:
    print("KeyError", e)
print({frozenset({4})} - {frozenset({4})}, {1} in {frozenset({1})}, {frozenset({1})}.__contains__({1}))
w = {frozenset({1, 2}), 3}
w.remove({1, 2})
print(w)
w.add(frozenset())
w.discard(set())
print(w)
try:
    {1}.add({2})
except TypeError as e:
    print("TypeError", e)

from collections import Counter, OrderedDict, defaultdict, deque

c = Counter("mississippi")
cc = c.copy()
cc["m"] += 5
print(type(cc).__name__, cc, c, cc.most_common(2))

od = OrderedDict([("b", 1), ("a", 2)])
odc = od.copy()
odc.move_to_end("b")
print(type(odc).__name__, odc, od)

dd = defaultdict(list, {"x": [1]})
ddc = dd.copy()
ddc["y"].append(2)
print(type(ddc).__name__, ddc.default_factory, sorted(ddc.items()), sorted(dd.items()))

dq = deque([1, 2, 3], maxlen=3)
dqc = dq.copy()
dqc.append(4)
print(dqc, dq, dqc.maxlen, deque([1]).copy())

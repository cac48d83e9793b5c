# collections.defaultdict: list/int/set/lambda factories, missing keys, repr and conversion.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups), "z" in groups)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))

unique = defaultdict(set)
for k, v in [("a", 1), ("a", 1), ("a", 2), ("b", 3)]:
    unique[k].add(v)
print(unique)

labels = defaultdict(lambda: "unknown")
labels["x"] = "known"
print(labels["x"], labels["y"], dict(labels))

tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["d"] = 2
print(root["a"]["d"], list(root["a"]), list(root["a"]["b"]))

no_factory = defaultdict()
try:
    no_factory["missing"]
except KeyError as e:
    print("KeyError:", e)
print(counts.get("zzz"), "zzz" in counts, counts.default_factory.__name__)
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(dict(graph))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print({k: dict(v) for k, v in nested.items()})

# ZeroDivisionError escaping from a comprehension ends the program with status 1.

def average(values):
    # no guard for an empty list: len() is 0 and the division fails
    return sum(values) / len(values)


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


groups = {"a": [1, 2, 3], "b": [10], "c": []}
print({name: median(v) for name, v in groups.items() if v})
for name in ["a", "b"]:
    print(name, average(groups[name]))
print("medians done, now averages")
print("averages:", [average(v) for v in groups.values()])

# ZeroDivisionError escaping from a comprehension ends the program with status 1.

def average(values):
    return sum(values) / len(values)


groups = {"a": [1, 2, 3], "b": [10], "c": []}
for name in ["a", "b"]:
    print(name, average(groups[name]))
print("averages:", [average(v) for v in groups.values()])

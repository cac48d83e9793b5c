# A failing assert that nobody catches ends the program with status 1.

def mean(xs):
    assert xs, "mean of an empty list"
    return sum(xs) / len(xs)


print(mean([2, 4, 9]))
print(mean([0.5]))
print(mean([]))

# A failing assert that nobody catches ends the program with status 1.

def mean(xs):
    assert xs, "mean of an empty list"
    return sum(xs) / len(xs)


print(mean([2, 4, 9]))
print(mean([0.5]))


def checked_ratio(a, b):
    assert b != 0, f"ratio {a}/{b} needs a non-zero divisor"
    return a / b


print(checked_ratio(1, 4))
samples = [[1, 2], [3], []]
for s in samples:
    print("mean of", s, "is", mean(s))
print("never printed")

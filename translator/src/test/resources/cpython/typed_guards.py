"""Dynamic values (list items, untyped parameters) meeting typed ints and floats in comparisons and calls."""


def compare_items(items, k: int, x: float) -> None:
    for v in items:
        print(repr(v), v == k, v != k, v < k, v >= k, v == x, v > x, k < v, x >= v)


def first_over(items, limit: int) -> int:
    i = 0
    while items[i] <= limit:
        i += 1
    return i


def checked(items) -> None:
    for probe in (3, 2.5):
        try:
            print(items[0] < probe)
        except TypeError as e:
            print("TypeError:", e)


def halve(x: float) -> float:
    return x / 2


compare_items([1, 2, 3, 2.0, 2.5, True, False, 2 ** 70, -2 ** 70, float("nan"), float("inf")], 2, 2.0)
print(first_over([1, 5, 9, 20, 50], 9), first_over([0.5, 1.5, 9.5], 1), first_over([False, True, 2], 1))
checked(["text"])
checked([None])
checked([4])
print(halve(3), halve(3.0), halve(True), halve(10 ** 20), [halve(v) for v in (1, 2.0)])

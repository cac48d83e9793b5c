"""A module that rebinds a built-in consuming generator expressions: the generator outlives the call."""
kept = []


def any(g):
    kept.append(g)
    return False


def main():
    bound = 2
    print(any(x for x in range(6) if x < bound))
    bound = 5
    print(list(kept[0]))
    total = 0
    for n in (1, 3):
        total = sum(x for x in range(10) if x < n)
    print(total)


main()

# itertools count, cycle, repeat (bounded with islice), plus chain, islice, takewhile and dropwhile.
from itertools import count, cycle, repeat, chain, islice, takewhile, dropwhile, zip_longest, starmap

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1, 2]), 5)))
print(list(repeat("x", 3)), list(repeat(None, 0)), list(map(pow, range(5), repeat(2))))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(range(100), 10, 20, 3)), list(islice("abcdef", 2)), list(islice("abcdef", 2, None)))
print(list(takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3])))
print(list(starmap(lambda a, b: a * b, [(2, 3), (4, 5)])))
ids = count(1)
tasks = {next(ids): name for name in ["parse", "check", "emit"]}
print(tasks, next(ids))
colours = cycle(["red", "green"])
print([(n, next(colours)) for n in range(5)])
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 6)))
squares_under_100 = list(takewhile(lambda n: n < 100, (i * i for i in count(1))))
print(squares_under_100)
print(list(islice(chain(repeat(0, 2), count(5)), 6)))

# functools.lru_cache and cache: memoisation, cache_info counters, maxsize eviction, cache_clear.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(calls), fib.cache_info())
print(fib(100), fib.cache_info().hits, fib.cache_info().currsize)


@lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    print(n, slow_square(n))
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@cache
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print(paths(16, 16), paths.cache_info().currsize)


@lru_cache
def describe(value, suffix=""):
    print(f"  describing {value!r}{suffix}")
    return f"<{value}{suffix}>"


print(describe(1), describe(1), describe(2), describe(1, suffix="!"), describe(1, "!"))
print(describe.cache_info())
print(fib.__name__, slow_square.__wrapped__(9))

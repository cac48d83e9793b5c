# itertools product, permutations, combinations, combinations_with_replacement, in lexicographic order.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(4), repeat=4))), list(product()))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(["".join(p) for p in permutations("cat")])
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)))
print(list(combinations_with_replacement("ab", 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))))
coins = [1, 2, 5]
ways = [c for n in range(1, 4) for c in combinations_with_replacement(coins, n) if sum(c) == 6]
print(ways)
subsets = [s for r in range(4) for s in combinations([1, 2, 3], r)]
print(subsets)
best = max(permutations([3, 1, 4, 1]), key=lambda p: p[0] * 1000 + p[1] * 100 + p[2] * 10 + p[3])
print(best)
grid = [(r, c) for r, c in product(range(3), range(3)) if r != c]
print(grid)
print(sum(1 for a, b, c in product(range(1, 7), repeat=3) if a + b + c == 10))

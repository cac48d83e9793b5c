# any and all: short-circuiting, empty iterables, and truthiness of the items.

print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, -1]), all(c.isupper() for c in ""))


def check(v):
    print(f"  checking {v}")
    return v


print(any(check(v) for v in [0, 3, 4]))
print(all(check(v) for v in [1, 0, 2]))
print(any(map(check, [False, []])))
words = ["apple", "avocado", "banana"]
print(all(w.startswith("a") for w in words), any(w.startswith("b") for w in words))
matrix = [[1, 2], [3, 0]]
print(all(all(row) for row in matrix), any(any(row) for row in matrix), [all(row) for row in matrix])
print(any("x" in w for w in words), all(len(w) >= 5 for w in words))
numbers = range(2, 20)
primes = [n for n in numbers if all(n % d for d in range(2, n))]
print(primes)
print(any([[]]), all([[]]), any(iter([0, 0])), all({0: "key zero"}), any({0: "a", 1: "b"}))

# Recursive functions, including mutual recursion and recursion over nested lists.

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def depth(items):
    if not isinstance(items, list):
        return 0
    return 1 + max((depth(i) for i in items), default=0)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print([factorial(n) for n in range(8)])
print(factorial(25))
print([fib(n) for n in range(15)])
print(is_even(10), is_odd(10), is_even(7))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(depth([]), depth([1]), depth([1, [2, [3]]]))
moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


print(permutations([1, 2, 3]))

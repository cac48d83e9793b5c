"""while True loops left by return, raise and break from nested blocks, with else clauses and code after them."""


def first_square_over(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n


def find(items, wanted):
    k = 0
    while True:
        if k >= len(items):
            raise KeyError(wanted)
        for item in items[k:]:
            if item == wanted:
                return k
            break
        k += 1


def collatz_steps(n):
    steps = 0
    while True:
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    else:
        steps = -1
    return steps


def nested_exit(rows):
    found = None
    while True:
        for r in rows:
            while True:
                if r > 2:
                    found = r
                    break
                r += 1
            if found is not None:
                break
        else:
            found = "none"
        break
    return found


def break_in_try(values):
    total = 0
    k = 0
    while True:
        try:
            if k == len(values):
                break
            total += values[k]
        except TypeError:
            total = -total
        finally:
            k += 1
    return total, k


def break_in_handler(values):
    out = []
    while 1:
        try:
            out.append(values.pop())
        except IndexError:
            break
    return out


def forever_in_try(n):
    try:
        while True:
            n -= 1
            if n < 0:
                raise ValueError("below zero")
    except ValueError as e:
        return str(e)


def finally_returns(n):
    while True:
        try:
            if n > 0:
                break
            n += 1
        finally:
            if n > 0:
                return "finally wins"
    return "after the loop"


def literal_conditions(n):
    while 0:
        n += 100
    while "":
        n += 100
    while None:
        n += 100
    while not 0:
        n += 1
        if n > 2:
            break
    while 1:
        n += 1
        if n > 5:
            return n, "x" if n else b""
    return "not reached"


def literal_string_loop(words):
    while "forever":
        if not words:
            return "empty"
        words = words[1:]


def with_else_never_runs(n):
    while True:
        n += 1
        if n > 3:
            break
    else:
        print("unreachable else")
    return n


print(first_square_over(50), first_square_over(0))
print(find([5, 6, 7], 7))
try:
    find([1, 2], 3)
except KeyError as e:
    print("KeyError", e)
print([collatz_steps(n) for n in range(1, 10)])
print(nested_exit([0, 1]), nested_exit([]))
print(break_in_try([1, 2, "x", 4]), break_in_try([]))
print(break_in_handler([1, 2, 3]))
print(forever_in_try(5))
print(with_else_never_runs(0))
print(finally_returns(0), finally_returns(1))
print(literal_conditions(0), literal_string_loop(["a", "b"]))
count = 0
while True:
    count += 1
    if count == 5:
        break
print("module loop", count)

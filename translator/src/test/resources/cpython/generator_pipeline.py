# Generator pipelines and generator expressions: laziness, chaining, and one-shot iteration.

log = []


def numbers(limit):
    for n in range(limit):
        log.append(f"produce {n}")
        yield n


def squares(source):
    for n in source:
        log.append(f"square {n}")
        yield n * n


def only_odd(source):
    for n in source:
        if n % 2:
            yield n


pipeline = only_odd(squares(numbers(6)))
print(log)
print(next(pipeline))
print(log)
print(list(pipeline))
print(len(log))

gen = (x * 2 for x in range(5))
print(type(gen).__name__)
print(sum(gen))
print(sum(gen))

lines = ["10 apples", "# comment", "", "3 pears", "7 plums", "# another"]
entries = (line.split() for line in lines if line and not line.startswith("#"))
parsed = ((int(count), fruit) for count, fruit in entries)
print(sorted(parsed, reverse=True))

print(any(n > 100 for n in numbers(1000)))
print(len(log))
print(all(c.isalpha() for c in "abc"), all(c.isalpha() for c in "ab1"))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(", ".join(str(n) for n in range(5)))
print(list(zip((c for c in "abc"), (n for n in range(10)))))


def running_total(source):
    total = 0
    for value in source:
        total += value
        yield total


print(list(running_total(range(1, 11))))


def window(seq, size):
    for i in range(len(seq) - size + 1):
        yield tuple(seq[i:i + size])


print(list(window([1, 2, 3, 4, 5], 3)))
print(dict((k, v) for k, v in window("abcd", 2)))

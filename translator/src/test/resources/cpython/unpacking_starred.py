# Starred assignment and unpacking in displays and calls.

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
a, *empty, b = (1, 2)
print(a, empty, b)
*everything, = (7, 8)
print(everything)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
for name, *scores in [("ann", 9, 8), ("bob", 7), ("cy",)]:
    print(name, scores, sum(scores))

print([*range(3), *"ab", *(None,)])
print((*[1, 2], 3))
print({*[1, 2], *(2, 3)})
print({**{"a": 1}, "b": 2, **{"a": 3}})
merged = {**dict(x=1), **dict(y=2)}
print(merged)


def show(*args, **kwargs):
    return f"{args} {kwargs}"


print(show(*[1, 2], 3, *(4,), **{"k": 1}, z=2))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print(*[1, 2, 3])
print(*"abc", sep="-")
print(*[], "only")
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
words = "the cat sat on the mat".split()
first_word, *_, last_word = words
print(first_word, last_word)

# *args collects the extra positional arguments into a tuple.

def collect(*args):
    return args


print(collect())
print(collect(1))
print(collect(1, "two", 3.0))
print(type(collect(1, 2)).__name__)


def head_tail(first, *rest):
    return first, rest


print(head_tail(1))
print(head_tail(1, 2, 3))


def total(*numbers, start=0):
    result = start
    for n in numbers:
        result += n
    return result


print(total(1, 2, 3))
print(total(1, 2, 3, start=100))
print(total(*range(10)))


def join_all(sep, *parts):
    return sep.join(str(p) for p in parts)


print(join_all("-", 1, 2, 3))
print(join_all(", "))
print(join_all("/", *["usr", "local", "bin"]))


def forward(*args):
    return collect(*args, *args)


print(forward("x", "y"))


def count_args(*args):
    return len(args)


print(count_args(*[], *(), *"abc"))
print(count_args([1, 2], (3, 4)))


def maximum(first, *others):
    best = first
    for value in others:
        if value > best:
            best = value
    return best


print(maximum(3))
print(maximum(3, 9, -1, 7))
print(maximum("pear", "apple", "zucchini"))

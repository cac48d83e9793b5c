"""Module globals that shadow built-ins: before the global is assigned, and after it is deleted, the name finds
the built-in, as CPython's lookup falls through the module to the builtins."""


def count(items):
    return len(items)


print(sum([1, 2, 3]), count("abc"), list("ab"), max(3, 9))
sum = 5
print(sum)
len = lambda items: -1
print(count("abc"))
del len
print(count("abcd"))


def total(xs):
    return sum if isinstance(sum, int) else sum(xs)


print(total([4, 5]))
del sum
print(total([4, 5]), sum([7]))
list = [1, 2]
print(list)
del list
print(list((3, 4)))
try:
    del max
except NameError as e:
    print("NameError:", e)
max = min
print(max(1, 2))

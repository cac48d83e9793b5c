# A for loop over a temporary generator closes it as the loop ends (break, return or an exception), and so
# does a generator expression over one when it is closed, as CPython's reference counting does; a generator
# that is still bound to a name stays open.


def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", n)


def first(n):
    for x in gen(n):
        return x


print(first(3))
for x in gen(4):
    if x == 1:
        break
print("after break")
for x in (y * 2 for y in gen(6)):
    if x == 2:
        break
print("after a generator expression over a generator")
print(sum(y for y in gen(2)))
for x in gen(2):
    pass
else:
    print("else after", x)
g = gen(5)
for x in iter(g):
    break
print("still open", next(g))
for x in g:
    break
print("named", next(g))
try:
    for x in gen(3):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)

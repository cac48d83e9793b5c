# Module globals read before they are bound, after del, and after an except handler unbinds them.
def show():
    print("counter is", counter)


def early():
    return "early ran"


try:
    show()
except NameError as e:
    print("NameError:", e)

try:
    print(later())
except NameError as e:
    print("NameError:", e)


def later():
    return "later ran"


print(later())
counter = 3
show()
del counter
try:
    show()
except NameError as e:
    print("NameError:", e)

try:
    print(limit)
except NameError as e:
    print("NameError:", e)
limit = 10
print("limit", limit)

try:
    raise ValueError("boom")
except ValueError as err:
    print("caught", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)


def bump():
    global total
    total += 1


try:
    bump()
except NameError as e:
    print("NameError:", e)
total = 0
bump()
print("total", total)


def order():
    print("argument evaluated")
    return 1


try:
    missing_until_later(order())
except NameError as e:
    print("NameError:", e)


def missing_until_later(x):
    return x


print(missing_until_later(5), early())
print(undefined_name)

# Reading a variable of an enclosing function before it is assigned: NameError from the nested function,
# UnboundLocalError from the owner, and the ordinary closures around them unaffected.


def attempt(label, f):
    try:
        print(label, f())
    except NameError as e:
        print(label, type(e).__name__ + ":", e)


def early():
    def show():
        return value

    attempt("before", show)
    value = 10
    attempt("after", show)


early()


def owner_reads_first():
    def use():
        return n

    print(n)
    n = 1
    return use()


attempt("owner", owner_reads_first)


def lambda_before():
    get = lambda: total + 1
    attempt("lambda", get)
    total = 41
    attempt("lambda", get)


lambda_before()


def in_a_branch(flag):
    def read():
        return x

    if flag:
        x = "bound"
    return read()


attempt("branch true", lambda: in_a_branch(True))
attempt("branch false", lambda: in_a_branch(False))


def deeper():
    def middle():
        def inner():
            return late * 2

        return inner()

    attempt("deeper", middle)
    late = 21
    attempt("deeper", middle)


deeper()


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


c = counter()
print(c(), c(), c())


def loop_closures():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(loop_closures())


def nonlocal_before():
    def setter():
        nonlocal v
        v = "set by setter"

    def getter():
        return v

    attempt("getter", getter)
    setter()
    attempt("getter", getter)
    v = "set by owner"
    attempt("getter", getter)


nonlocal_before()


def typed_cell():
    def twice():
        return k * 2

    attempt("typed", twice)
    k = 5
    attempt("typed", twice)
    k += 1
    return twice()


print(typed_cell())


def message_of_owner():
    try:
        print(w)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)

    def show():
        return w

    w = 3
    return show()


print(message_of_owner())


def deleted_cell():
    x = 1

    def g():
        return x

    print(g())
    del x
    attempt("deleted", g)
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
    x = 2
    return g()


print(deleted_cell())

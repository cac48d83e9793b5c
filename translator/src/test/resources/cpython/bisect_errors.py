import bisect

a = [1, 2, 2, 3]


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("negative lo", lambda: bisect.bisect(a, 2, -1))
attempt("negative lo insort", lambda: bisect.insort(a, 2, lo=-1))
attempt("missing x", lambda: bisect.bisect(a))
attempt("missing a", lambda: bisect.insort_left(x=1))
attempt("hi past end", lambda: bisect.bisect(a, 2, 0, 10))
attempt("hi past end left", lambda: bisect.bisect_left(a, 9, 0, 6))
attempt("float lo", lambda: bisect.bisect(a, 2, 1.0))
attempt("None lo", lambda: bisect.bisect_left(a, 2, lo=None))
attempt("str hi", lambda: bisect.bisect(a, 2, hi="x"))
attempt("float hi", lambda: bisect.bisect(a, 2, 0, 2.0))
attempt("huge lo", lambda: bisect.bisect(a, 2, 2 ** 70))
attempt("not a sequence", lambda: bisect.bisect(3, 2))
attempt("dict", lambda: bisect.bisect({1: 2}, 1))
attempt("mixed", lambda: bisect.bisect(a, "x"))
attempt("mixed left", lambda: bisect.bisect_left(a, "x"))
attempt("unknown keyword", lambda: bisect.bisect(a, 2, foo=1))
attempt("too many", lambda: bisect.bisect(a, 2, 0, 4, None))
attempt("twice", lambda: bisect.bisect(a, 2, x=3))
attempt("tuple insort", lambda: bisect.insort((1, 2), 3))
attempt("key not callable", lambda: bisect.bisect(a, 2, key=5))
attempt("key error", lambda: bisect.bisect([1, "a"], 2, key=lambda v: v + 1))
attempt("user lt", lambda: bisect.bisect([Key(1), Key(3), Key(5)], Key(4)))
attempt("user lt left", lambda: bisect.bisect_left([Key(1), Key(3), Key(5)], Key(4)))
print(a)

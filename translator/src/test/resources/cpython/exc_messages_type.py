# CPython's messages for TypeError and AttributeError from operators, calls, and attribute access.

def show(label, action):
    try:
        print(label, "=", action())
    except (TypeError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")


show("1 + 'a'", lambda: 1 + "a")
show("'a' + 1", lambda: "a" + 1)
show("[1] + (2,)", lambda: [1] + (2,))
show("'a' * 'b'", lambda: "a" * "b")
show("'a' * 2.0", lambda: "a" * 2.0)
show("None + 1", lambda: None + 1)
show("-'x'", lambda: -"x")
show("1 < 'a'", lambda: 1 < "a")
show("[1] < (1,)", lambda: [1] < (1,))
show("None > None", lambda: None > None)
show("len(5)", lambda: len(5))
five = 5
show("five()", lambda: five())
text, items, nothing, one = "abc", [1], None, 1.0
show("text[1.0]", lambda: text[one])
show("items[None]", lambda: items[nothing])
show("{}[[]]", lambda: {}[[]])
show("hash([])", lambda: hash([]))
show("iter(3)", lambda: iter(3))
show("next([])", lambda: next([]))
show("int(None)", lambda: int(None))
show("int([1])", lambda: int([1]))
show("float([])", lambda: float([]))
show("sum(['a'])", lambda: sum(["a", "b"]))
show("sorted([1, 'a'])", lambda: sorted([1, "a"]))
show("'x'.join([1])", lambda: "x".join([1, 2]))
show("abs('x')", lambda: abs("x"))
show("(1).append", lambda: (1).append(2))
show("'s'.push", lambda: "s".push)
show("None.attr", lambda: None.attr)
show("[].size", lambda: [].size)


def assign_to_str():
    word = "abc"
    word[0] = "x"


def assign_to_tuple():
    pair = (1, 2)
    pair[0] = 3


show("word[0] = 'x'", assign_to_str)
show("pair[0] = 3", assign_to_tuple)


class Thing:
    def __init__(self):
        self.name = "thing"

    def method(self, a):
        return a


t = Thing()
show("t.missing", lambda: t.missing)
show("Thing.missing", lambda: Thing.missing)
show("t.method()", lambda: t.method())
show("t.method(1, 2)", lambda: t.method(1, 2))
show("Thing(1)", lambda: Thing(1))
show("t()", lambda: t())
show("t + t", lambda: t + t)
show("t[0]", lambda: t[0])
show("len(t)", lambda: len(t))
show("1 in t", lambda: 1 in t)
show("for x in t", lambda: [x for x in t])
show("(1, 2).count()", lambda: (1, 2).count())

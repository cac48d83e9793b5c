"""The searching methods of bytes and bytearray (find, rfind, index, rindex, count, startswith, endswith,
partition, rpartition) and of str with start and end: the arguments each takes, single bytes given as ints or
objects with __index__, empty ranges, huge bounds, and CPython's error messages."""

class I:
    def __index__(self):
        return 98


def show(cases):
    for k, c in enumerate(cases):
        try:
            print(k, repr(c()))
        except Exception as e:
            print(k, type(e).__name__, e)


b = b"abcb"
s = "abcb"
show([
    lambda: I() in b, lambda: 300 in b, lambda: -1 in b, lambda: "a" in b, lambda: 1.5 in b, lambda: None in b,
    lambda: b.count(I()), lambda: b.count(256), lambda: b.count(-1), lambda: b.count(1.5), lambda: b.count(None),
    lambda: b.count(b""), lambda: b.count(b"", 2), lambda: b.count(b"b", 2), lambda: b.count(b"b", -2, None),
    lambda: b.count(b"b", 1.5), lambda: b.count(b"b", "x"), lambda: b.count(b"b", I()), lambda: b.count(),
    lambda: b.count(b"b", 0, 4, 5),
    lambda: b.find(b"z"), lambda: b.index(b"z"), lambda: b.rindex(b"z"), lambda: b.rindex(98),
    lambda: b.index(98, 2, 3),
    lambda: b.find(b"", 10), lambda: b.find(b"", 4), lambda: b.rfind(b""), lambda: b.rfind(b"", 1, 2),
    lambda: b.startswith("a"), lambda: b.startswith(97), lambda: b.startswith((b"x", "a")), lambda: b.startswith(()),
    lambda: b.endswith((b"x", bytearray(b"b"))), lambda: b.startswith(b"b", 1), lambda: b.startswith(b"bc", 1, 2),
    lambda: b.endswith(b"c", 0, 3), lambda: b.endswith(1), lambda: b.startswith(b"", 5), lambda: b.startswith(b"", 4),
    lambda: b.partition(b""), lambda: b.rpartition(b"b"), lambda: b.rpartition(b"z"), lambda: b.partition(b"z"),
    lambda: b.partition(bytearray(b"c")), lambda: b.partition("c"), lambda: bytearray(b).partition("c"),
    lambda: bytearray(b).rpartition(b"b"), lambda: b.split(bytearray(b"c")), lambda: b.replace(bytearray(b"b"), b"x"),
    lambda: b.replace(b"b", "x"), lambda: b.split(98), lambda: b.strip(bytearray(b"ab")),
    lambda: b.join([bytearray(b"x"), b"y"]),
    lambda: bytearray(b).count(I()), lambda: bytearray(b).find(b"c"), lambda: bytearray(b).startswith(b"a"),
    lambda: bytearray(b).index(b"z"), lambda: b.removeprefix(bytearray(b"ab")), lambda: b.removeprefix("a"),
    lambda: b.find(b"b", True), lambda: b.count(True), lambda: b"\xff\xfe".find(b"\xfe"),
    lambda: b"\xff\xfe".count(254),
    lambda: b"\xe9t\xe9".startswith(b"\xe9"), lambda: b"\xe9t\xe9".partition(b"t"),
    lambda: b.index(b"b", -1), lambda: b.count(b"bb"), lambda: b"aaaa".count(b"aa"), lambda: b"aaaa".rfind(b"aa"),
])
show([
    lambda: s.startswith("", 5), lambda: s.startswith("", 4), lambda: s.startswith("", 2, 1),
    lambda: s.endswith("", 3, 1),
    lambda: s.endswith("", 5), lambda: s.find("b", 1.5), lambda: s.find("b", "x"), lambda: s.find("b", I()),
    lambda: s.count("b", None, I()), lambda: s.startswith("b", I()), lambda: s.index("b", 10**30),
    lambda: s.find("b", -10**30), lambda: s.rfind("b", 0, 10**30), lambda: s.startswith(("a", 1)),
    lambda: s.find("", 4, 2), lambda: s.count("", 4, 2), lambda: s.rfind("", 5),
])
show([lambda: b"a".partition(), lambda: b"a".partition(1, 2), lambda: bytearray(b"a").partition(),
      lambda: bytearray(b"abc").partition(bytearray(b"b")), lambda: I() in bytearray(b"abc"), lambda: 10**20 in b])

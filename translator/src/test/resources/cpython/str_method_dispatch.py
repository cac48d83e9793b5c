"""str methods called on typed str values, on values whose type is only known at run time, and on look-alikes."""


class Shouter:
    """Not a str, but has some of str's method names."""

    def __init__(self, text):
        self.text = text

    def lower(self):
        return "shouter-lower:" + self.text

    def strip(self, chars=None):
        return f"shouter-strip({chars!r})"

    def split(self, sep=None, maxsplit=-1):
        return ["shouter", sep, maxsplit]

    def join(self, items):
        return "+".join(str(x) for x in items)


def make_inner():
    # a class the module does not declare at top level: its calls reach the str helpers' fallback
    class Inner:
        def upper(self):
            return "Inner.upper"

        def find(self, x):
            return "Inner.find " + x

        def count(self, x):
            return ["Inner.count", x]

        def strip(self, chars=None):
            return "Inner.strip " + repr(chars)

    return Inner()


def nested_receivers():
    for v in ["banana", make_inner(), ["a", "b", "a"]]:
        try:
            print(v.count("a"), v.upper(), v.find("n"), v.strip(), v.strip("ab"))
        except AttributeError as e:
            print("AttributeError", e)


def clean(raw):
    # raw is a str in most calls, something else in others
    return raw.strip(".!?").lower()


def typed(s: str, chars: str, n: int) -> None:
    print(s.strip(chars), s.lstrip(chars), s.rstrip(chars))
    print(s.split(), s.split(chars), s.split(chars, n), s.rsplit(chars, n))
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print(s.find(chars), s.rfind(chars), s.count(chars), s.startswith(chars), s.endswith(chars))
    k: int = s.find(chars) + s.count(chars) * 10
    print(k, s.center(n + 10, "*"), s.ljust(n), s.rjust(n + 8), s.zfill(n + 8))
    print(s.replace(chars, "<>"), s.replace(chars, "", 1), s.removeprefix(chars), s.removesuffix(chars))
    print(s.partition(chars), s.rpartition(chars), s.isalpha(), s.isdigit(), s.isspace(), s.islower())
    words = s.split()
    print("-".join(words), len("".join(words)), s.splitlines(), s.rsplit(), s.rsplit(chars), s.expandtabs(n))
    if s.strip().startswith(chars):
        print("starts with", repr(chars))
    print(s.index(chars) if chars in s else "absent")


def untyped(s, chars, n):
    print(s.strip(chars), s.lstrip(chars), s.rstrip(chars))
    print(s.split(chars), s.split(chars, n), s.split(None, n), s.split(sep=chars), s.split(maxsplit=n))
    print(s.find(chars), s.count(chars), s.startswith(chars), s.endswith(chars), s.replace(chars, "#"))
    print(s.strip(), s.split(), s.upper(), s.lower(), s.title(), s.capitalize())


def errors(s):
    for call in (lambda: s.strip(1), lambda: s.split(2), lambda: s.join([1, 2]), lambda: s.startswith(3),
                 lambda: s.startswith(("x", 4)), lambda: s.find(None), lambda: s.count([]),
                 lambda: s.replace("a", 1), lambda: s.split(""), lambda: s.center(5, "ab"),
                 lambda: s.index("zzz"), lambda: s.no_such_method()):
        try:
            print(call())
        except (TypeError, ValueError, AttributeError) as e:
            print(type(e).__name__, e)


def typed_errors(s: str) -> None:
    n = None
    try:
        print(s.strip(n), s.split(n), s.split(n, 1))
        print(s.startswith(("x", "  ")), s.endswith(("q", "z")))
        print(s.center(1.5))
    except TypeError as e:
        print("TypeError", e)


def loud(x):
    print("loud", x)
    return x if x != 1 else 1


def joins(sep: str):
    # str.join takes every item before it checks any: the generator runs to its end first
    try:
        print(sep.join(loud(x) for x in range(3)))
    except TypeError as e:
        print("TypeError", e)
    print(sep.join(str(x) for x in range(5)), sep.join(c.upper() for c in "abc" if c != "b"), sep.join({"k": 1}))
    gen = (loud(x) for x in range(2))
    try:
        print(sep.join(gen, gen))
    except TypeError as e:
        print("TypeError", e)


def main():
    joins("-")
    for raw in ["Hello!", "WORLD.", "?odd?", "", "...", Shouter("Mixed"), "Ünïcödé!", "ΣΑΣ.", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢?"]:
        print(repr(clean(raw)))
    typed("  the cat sat on the mat, the end  ", "the", 2)
    typed("𝔘𝔫𝔦 x 𝔠𝔬𝔡𝔢 x ΣΑΣ x ǅemal", "x", 1)
    typed("yyxxhello worldxxyy", "xy", 3)
    untyped("  a,b,,c  d ", ",", 1)
    untyped("𝔘,𝔫,𝔦 ", "𝔫", 5)
    sh = Shouter("obj")
    print(sh.strip(), sh.strip("xy"), sh.split(), sh.split(",", 2), sh.join([1, 2]), sh.lower())
    nested_receivers()
    errors("abc")
    typed_errors("  spaced  ")
    for sep in [" ", None, "ab"]:
        print("x ab y".split(sep), "x ab y".split(sep, 1))
    print(" ".join(["a", "b"]).capitalize() + "!", "".join(c for c in "xyz" if c != "y"))
    text = "one two  three\tfour\nfive"
    print("  a b c  ".rsplit(None, 1), "  a b c  ".split(None, 1), "  a b c  ".rsplit(" ", 1))
    for e in ["x".partition, "x".rpartition, "x".removeprefix, "x".rsplit, "x".rfind, "x".index]:
        try:
            e(1)
        except TypeError as x:
            print("TypeError", x)
    try:
        "x".ljust(4, None)
    except TypeError as x:
        print("TypeError", x)
    print(text.split(None, 2), text.split(maxsplit=1), text.split(sep=None, maxsplit=3), text.rsplit(None, 1))
    for t in ["hello World", "HELLO", "", "1abC", "aΣ.", "aΣb", "AΣ Σ", "ßtraße", "ǆemal", "x𝔘Y", "İstanbul", "aİB",
              "hELLO wORLD ÀÉ", "ﬁne", "a\u0345Σ", "xΣ'a", "mixed ΣΑΣ end", "ÿ", "ǅ"]:
        print(repr(t.capitalize()), repr(clean(t)))


main()

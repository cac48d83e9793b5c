# Built-in methods of int, float, str, list and dict called with too few or too many arguments raise TypeError
# with CPython's message, worded as each method parses its arguments.
samples = [("int", lambda: 5), ("float", lambda: 2.5), ("str", lambda: "abc"), ("list", lambda: [3, 1]),
           ("dict", lambda: {"k": 1})]
names = {
    "int": ["as_integer_ratio", "bit_count", "bit_length", "conjugate", "to_bytes"],
    "float": ["as_integer_ratio", "conjugate", "hex", "is_integer"],
    "str": ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
            "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
            "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
            "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
            "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate",
            "upper", "zfill"],
    "list": ["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
    "dict": ["clear", "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"],
}
for tname, make in samples:
    for name in names[tname]:
        for args in ((), (1, 2, 3, 4, 5, 6)):
            try:
                getattr(make(), name)(*args)
                r = "ok"
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(tname, name, len(args), r)
extra = [
    ("True.bit_length(1)", lambda: True.bit_length(1)),
    ("(2 ** 70).bit_count(1)", lambda: (2 ** 70).bit_count(1)),
    ("(5).to_bytes(1, 'big', 3)", lambda: (5).to_bytes(1, "big", 3)),
    ("[].sort(1)", lambda: [].sort(1)),
    ("[].sort(1, 2, 3)", lambda: [].sort(1, 2, 3)),
    ("'abc'.split(',', 1, 2)", lambda: "abc".split(",", 1, 2)),
    ("'abc'.count('a', 1, 2, 3)", lambda: "abc".count("a", 1, 2, 3)),
    ("[].insert(1)", lambda: [].insert(1)),
    ("{}.get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
]
for label, f in extra:
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)
print((5).as_integer_ratio(), True.as_integer_ratio(), (-(2 ** 70)).as_integer_ratio(), "a b".split(maxsplit=1))

# str.format_map(mapping) reads each named field as mapping[name]: a defaultdict's factory or a class's
# __getitem__ answers missing names, and positional fields are an error.
from collections import defaultdict


class Lookup:
    def __getitem__(self, key):
        return "<" + key + ">"


print("{a} and {b[0]}".format_map({"a": 1, "b": [2]}))
print("{x} {y.upper}".format_map(Lookup())[:16])
print("{n.real} {m}".format_map(defaultdict(int)))
for fmt, mapping in (("{zz}", {}), ("{0}", {}), ("{}", {"a": 1}), ("{a}", 1)):
    try:
        print(fmt.format_map(mapping))
    except Exception as e:
        print(type(e).__name__, e)
for args in ((), ({}, {})):
    try:
        "x".format_map(*args)
    except TypeError as e:
        print("TypeError", e)

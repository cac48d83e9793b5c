# json.loads holds an array's ints unboxed while every item is an int, and moves them to a general list at the
# first other item: a float, a big int, a string, a nested array or object, a literal; errors keep their places.
import json

texts = [
    "[1, 2, 3]", "[-1, 0, 1, 127, 128, -128, -129, 1000000]", "[1, 2, 3.5]", "[1, 2, 1e3]", "[1, 2, -0.0]",
    "[1, 2, 123456789012345678, 1234567890123456789, 12345678901234567890]", "[9223372036854775807, -9223372036854775808]",
    "[1, 2, [3, 4, [5, 6], 7], 8]", "[[1, 2], [3, [4, 5]], [], [6]]", "[1, \"two\", 3]", "[1, {\"a\": [2, 3]}, 4]",
    "[1, null, true, false]", "[1, -Infinity, Infinity, NaN]", "[0, -0, 00.5]" , "[ 1 ,\\n 2\\t, 3 ]", "[[[[1]]], 2]",
    "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]",
]
for t in texts:
    try:
        v = json.loads(t.replace("\\n", "\n").replace("\\t", "\t"))
        print(v, [type(x).__name__ for x in v][:6], json.dumps(v))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)

for bad in ["[1, 2", "[1 2]", "[1, 2,]", "[1, -]", "[1, -x]", "[1, 2, 3.]", "[1, 2e]", "[1, [2, 3], 4", "[1,, 2]",
            "[-", "[1, 2, -Infinit]", "[12345678901234567890"]:
    try:
        json.loads(bad)
        print("no error for", bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)

ints = json.loads("[" + ", ".join(str(k * k - 500) for k in range(100)) + "]")
ints.append(2.5)
ints.append(10 ** 20)
ints[0] = "first"
ints.insert(1, [0])
print(ints[:4], ints[-3:], sum(x for x in ints if isinstance(x, int)), len(ints))
doc = json.loads('{"a": [1, 2, 3], "b": [[1, 2], [3.5]], "c": [4, [5, [6, [7]]], 8]}')
doc["a"].append(4)
doc["a"] += [5.0]
print(doc, doc["a"] == [1, 2, 3, 4, 5], json.loads("[1, 2, 3]") == [1.0, 2.0, 3.0])

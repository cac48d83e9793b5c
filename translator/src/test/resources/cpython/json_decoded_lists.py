# Decoded arrays, whose lists json builds from the items read: arrays whose items change kind part way (ints then
# a float, a str or a nested array; strs then ints; floats then an int), lists mutated after decoding, and str
# values alike in length and ends, repeated, escaped or beyond Latin-1.
import json

alike = ["abxd", "acxd", "abxd", "abyd", "a", "b", "", "ab", "ba", "abcdefghijkl", "abcdefghijklm", "abcdefghijkx"]
text = json.dumps({"v": alike, "again": alike[::-1], "alike": {"abxd": 1, "acxd": 2, "abyd": 3}})
back = json.loads(text)
print(back["v"] == alike, back["again"] == alike[::-1], back)
print(json.loads('["caf\\u00e9", "caf\u00e9", "cafe", "\\u2615", "\u2615", "tab\\t", "tab\\u0009", "tab "]'))
words = ["red", "green", "blue", "red", "green"]
rows = json.loads(json.dumps([{"color": w, "n": k} for k, w in enumerate(words * 3)]))
print([r["color"] for r in rows], sum(r["n"] for r in rows))
rows[0]["color"] += "dish"
print(rows[0], rows[3], rows[5]["color"] is not None)

for doc in ("[1, 2, 3]", "[1, 2, 3.5]", "[1, 2, \"x\"]", "[1, [2, [3, 4]], 5]", "[\"x\", 1, 2]", "[1.5, 2.5, 1]",
            "[true, false, 1]", "[null, 1]", "[1, -2, 123456789012345678901234567890]", "[-0, 0, -1e2]",
            "[NaN, 1.0]", "[[], [1], [1, 2.0], [\"a\", \"a\"]]"):
    items = json.loads(doc)
    print(doc, "->", items, json.dumps(items))
ints = json.loads("[7, 8, 9]")
ints.append(10)
ints.append(11.5)
ints.insert(0, "first")
print(ints, json.dumps(ints))
strs = json.loads('["p", "q"]')
strs.extend([1, 2])
strs[0] = 3.5
print(strs, sorted(json.loads("[3, 1, 2]")), json.loads("[3, 1, 2]") * 2)

# Text read back right after it was written (json.loads(json.dumps(x)), a document decoded and encoded in turn),
# and the cases around it: text written with characters beyond Latin-1 or escapes, an equal text that is another
# string, a text read again after other writes or a failed write, a failing read; then decoded objects whose keys
# repeat, collide in their hashes (many keys, "Aa" and "BB"), or are all distinct.
import json

doc = {"name": "caf\u00e9", "n": [1, -2, 10 ** 20], "x": 1.5, "ok": True, "none": None, "nested": {"a": [{}]}}
copy = json.loads(json.dumps(doc))
print(copy == doc, copy is not doc, copy["nested"] is not doc["nested"], copy)
text = json.dumps(doc)
for _ in range(3):
    text = json.dumps(json.loads(text))
print(text)
print(json.loads(text) == json.loads(text), json.loads(text)["name"])
other = json.dumps([1, 2, 3])
print(json.loads(text)["n"], json.loads(other))
wide = json.dumps({"cup": "\u2615 caf\u00e9 \U0001f600"}, ensure_ascii=False)
print(wide, json.loads(wide), len(wide))
latin = json.dumps(["\u00e9\u00ff", "tab\t", "q\"", "\\"], ensure_ascii=False)
print(latin, json.loads(latin))
equal = "".join([text[:10], text[10:]])
print(equal == text, json.loads(equal) == json.loads(text))
nan = json.dumps([float("nan"), float("inf"), -float("inf"), -0.0, 1e300, 2 ** 63, -(2 ** 63) - 1])
print(nan, json.loads(nan))
inner = []


def fallback(value):
    inner.append(json.loads(json.dumps(sorted(value))))
    return inner[-1]


outer = json.dumps({"set": {3, 1, 2}, "after": "x"}, default=fallback)
print(outer, inner, json.loads(outer))
try:
    json.loads(json.dumps("unterminated")[:-1])
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
broken = json.dumps({"a": 1}) + " x"
try:
    json.loads(broken)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
written = json.dumps({"first": [1, 2], "second": "two"})
try:
    json.dumps({"first": "overwritten", "bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.loads(written))
print(json.loads('{"Aa": 1, "BB": 2, "Aa": 3, "C#": 4, "BB": 5}'))
many = "{" + ", ".join('"k%d": %d' % (k % 70, k) for k in range(100)) + "}"
back = json.loads(many)
print(len(back), list(back.items())[:3], list(back.items())[-3:])
print(json.loads('{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "a": 9}'))
print(json.loads('[{"id": 1, "tags": []}, {"id": 2, "tags": ["x"], "id": 3}]'))

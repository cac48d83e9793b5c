# Keys through json's memos of keys: many distinct keys (more than the memos keep), keys sharing a memo slot
# within one dict, duplicate keys (the last value wins, at the first key's place), escaped and non-Latin-1 keys,
# and keys that are not str.
import json

records = [{"id": k, "name": "n%d" % k, "ratio": k / 7, "history": [k, -k], "version": k % 3} for k in range(40)]
text = json.dumps(records)
print(len(text), text[:160])
print(json.loads(text) == records, json.dumps(json.loads(text)) == text)

wide = {"key%d" % k: k for k in range(300)}
wide_text = json.dumps(wide)
back = json.loads(wide_text)
print(len(wide_text), back == wide, list(back)[:3], list(back)[-3:])
print(json.dumps([{"key%d" % (k * 37 % 300): k} for k in range(0, 300, 29)]))

print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"x": {"y": 1}, "x": [2], "z": 0, "x": null}'))
print(json.loads('[{"k": 1}, {"k": 2, "k": 3}, {"\\u006b": 4}, {"k\\n": 5}, {"caf\\u00e9": 6}, {"\\u2615": 7}]'))
keys = {"plain": 1, "tab\tkey": 2, "quote\"key": 3, "caf\u00e9": 4, "\u2615 cup": 5, "": 6, "\U0001f600": 7}
for ascii in (True, False):
    print(json.dumps([keys, keys], ensure_ascii=ascii))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", -0.0: "zero", 10 ** 20: "big"}))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True), json.dumps({"b": 1, "a": 2}, separators=(",", ":")))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)

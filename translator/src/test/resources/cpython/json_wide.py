# json with characters beyond Latin-1 in the document (read in a second way), '?' of the document's own, raw
# Latin-1 characters, error positions after wide characters, and dumps of int lists and memoized keys.
import json

docs = ['"caf\u00e9 \u2615"', '{"\u2615": "\u00ff?", "k?": ["\U0001F600", "x\ud800y"]}', '["?", "??", "a?b\\n"]',
        '{"\u00e9t\u00e9": 1, "?": 2, "\u00e9t\u00e9": 3}', '"\\\\\u2615"', '["\\u00e9\u2615\\t"]', '"\x80\xff"']
for doc in docs:
    value = json.loads(doc)
    print(ascii(value), json.dumps(value), json.dumps(value, ensure_ascii=False) == doc)

bad_docs = ['[1, \u2615]', '1\u2615', '{\u2615: 1}', 'tru\u2615', '"\\\u2615"', '"\\u12\u2615"', '"\\u123\u2615"',
            '["\u2615\u2615", \n "\u2615", x]', '{"a\u2615": 1,\n\n  "b": ?}', '"\u2615\\x"', '"\u2615\x01"',
            '["\u2615", "abc', '[?]', '"a?\\q"', '[1] \u2615', '\u00e9', '"\u00e9\\\u00e9"', '"\\\\\\\u2615"',
            '{"\U0001F600": 1 "x": 2}', '[' * 3 + '"\u2615"' + ']' * 2]
for bad in bad_docs:
    try:
        print(ascii(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(ascii(bad), ascii(str(e)), e.pos, e.lineno, e.colno)

ints = [0, -1, 127, 128, -129, 2 ** 62, -(2 ** 63), 10 ** 18]
print(json.dumps(ints), json.dumps([ints, [], [5]], indent=1))
mixed = [1, 2]
mixed.append(3.5)
print(json.dumps(mixed), json.dumps([1, True, None, 2 ** 70]))


class Opaque:
    pass


grown = [1, Opaque(), 3]


def replace(o):
    grown.append(4)
    return "opaque"


print(json.dumps(grown, default=replace), len(grown))
keys = {f"key{i}": i for i in range(100)}
text = json.dumps([keys, keys])
print(len(text), json.loads(text) == [keys, keys], text[:60])
esc = [{"a\"b": 1, "\u2615": 2, "\u00e9": 3}] * 2
print(json.dumps(esc), json.dumps(esc, ensure_ascii=False), json.dumps(esc, separators=(",", ":")))
print(json.dumps(esc, sort_keys=True, indent=2))
print(json.dumps({1: {"1": 1}, "1": 2}), json.dumps([{"x": 1}, {"x": 2.5}], separators=(";", "=")))
made = json.JSONDecodeError("made", "\U0001F600\n\U0001F600ab", 4)
print(made, made.lineno, made.colno, json.JSONDecodeError("m", "ab", -1), json.JSONDecodeError("m", "ab", 5))
wide = {"\u2615": ["\u2615\U0001F600", "\\u2615", "caf\u00e9\x7f\x00"], "\u00e9": {"\u2615": "\u2603"}, "k": "\\"}
for ascii_only in (True, False):
    print(json.dumps(wide, ensure_ascii=ascii_only), json.dumps([wide, wide], ensure_ascii=ascii_only) == "[" +
          json.dumps(wide, ensure_ascii=ascii_only) + ", " + json.dumps(wide, ensure_ascii=ascii_only) + "]")
    print(json.dumps(wide, ensure_ascii=ascii_only, separators=(" \u2192 ", " \u21d2 ")))
    print(json.dumps(wide, ensure_ascii=ascii_only, indent="\u00b7\u2192", sort_keys=True))
print(json.loads(json.dumps(wide, ensure_ascii=False)) == wide, json.loads(json.dumps(wide)) == wide)
changing = {"a": Opaque(), "b": 1, "c": [Opaque(), 5]}


def change(o):
    changing["b"] = 2
    changing["d"] = 3
    changing["c"].append(6)
    return "changed"


print(json.dumps(changing, default=change), json.dumps(changing, default=change, sort_keys=True), len(changing))

# json edge cases: escapes and surrogates, key coercion, duplicate keys, whitespace, nesting, numbers, and
# decoding errors with their line, column and character positions.
import json

print(json.loads('"\\ud83d\\ude00 \\u00e9\\u2028 \\ud800 x\\udfff \\/ \\b\\f\\n\\r\\t"') == "😀 é\u2028 \ud800 x\udfff / \b\f\n\r\t")
lone = json.loads('["\\ud800", "a\\udc00b"]')
print([len(s) for s in lone], json.dumps(lone), json.dumps("\ud800\udc00"), json.dumps("😀"))
print(json.dumps("é😀\x7f\x00\x1f", ensure_ascii=False) == '"é😀\x7f\\u0000\\u001f"', json.dumps("\x7f"))
print(json.dumps({1: "a", 1.5: "b", True: "c", False: "d", None: "e", -0.0: "f", 10**20: "g"}))
print(json.dumps({float("inf"): 1, float("-inf"): 2, float("nan"): 3}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": [], "y": {}}}, sort_keys=True, indent=3, separators=(";", "= ")))
print(json.dumps([1, [2, [3, [4, {"k": [5]}]]]], indent=0))
print(json.dumps({"a": [1, 2]}, indent=" -"))
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"x": {"y": 1}, "x": [2]}'))
d = json.loads('{"1": "s"}')
d[1] = "i"
d[1.0] = "f"
d[True] = "t"
print(d, json.dumps(d))
print(json.loads(' \t\n\r[ \t1 ,\n2\r, {"k" :\t[ ] , "j" : { } } ] \n'))
deep = "[" * 200 + "]" * 200
print(len(json.dumps(json.loads(deep))))
nums = "[0, -0, 7, -7, 123456789012345678, 1234567890123456789, -9223372036854775808, 99999999999999999999999]"
print(json.loads(nums), [type(x).__name__ for x in json.loads(nums)])
floats = "[0.0, -0.0, 1.5, 1e5, 1E-5, 2.5e+3, 0.1, 123456789.123456789, 1e308, 1e309, -1e400, 5e-324, 1e-400]"
print(json.loads(floats))
print(json.loads("[1.7976931348623157e308, 2.2250738585072014e-308, 0.30000000000000004, 9007199254740993]"))
print(json.loads("[NaN, Infinity, -Infinity]"), json.dumps(json.loads("[NaN, Infinity, -Infinity]")))
print(json.dumps([0.1, 1e-7, 1e16, 1e22, 123456.789, 0.001, 0.0012, 1e-3, 1234567.0, 12345678.9, -0.5]))
print(json.dumps([2 ** 64, -(2 ** 100), True, False, None, "", []]))
bad_docs = ['{"a": 1', '{"a": 1 "b": 2}', '[1,\n 2,\n 3', '{\n  "a":\n}', '"abc\\x"', '"\\u12G4"', '"a\nb"',
            '{1: 2}', '[1] [2]', '   ', '-', '-a', '01', '1.', '.5', '"\\ud83d', 'nul', '[,]', '{"a":1,}', '[1,]']
for bad in bad_docs:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")
records = [{"id": i, "v": [i, i * 0.5, str(i)], "m": {"k": None}} for i in range(50)]
text = json.dumps(records)
print(len(text), json.loads(text) == records, json.dumps(json.loads(text)) == text)
for bad in ['"\\u12', '"\\u1234', '"\\ud83d\\u12G4"', '"\\ud83d\\ude0', '"\\ud83d\\ude00', '"\\ud83d\\u0041"']:
    try:
        print(ascii(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")
for d in [{"b": 1, 2: 3}, {1: "a", "x": 2, 0.5: 3}, {None: 1, "a": 2}, {True: 1, 0: 2, 0.5: 3}]:
    try:
        print(json.dumps(d, sort_keys=True))
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"a": {"b": [1, {"c": None}]}}, indent=2, sort_keys=True, separators=(", ", " = ")))
escaped = ['"\\\\"', '"a\\"b"', '"\\n\\n"', '"x\\u0041\\u00e9y"', '"\\"\\""', '"end\\\\"', '"\\tstart"', '""']
print([json.loads(e) for e in escaped], [json.dumps(json.loads(e)) for e in escaped])
for bad in ['"ab\\n', '"ab\\n\x01"', '"a\\"', '"\\u00e9\\q"']:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")

# json.loads: types produced, unicode escapes, big ints, duplicate keys, and error messages.
import json

text = '{"a": 1, "b": [true, false, null], "c": 1.5, "d": "\\u00e9\\ud83d\\ude00", "e": {"f": -0}, "g": 1e400}'
obj = json.loads(text)
print(obj)
print({k: type(v).__name__ for k, v in obj.items()})
print(json.loads("123456789012345678901234567890"), json.loads("-0.0"), json.loads("1E2"), json.loads('"x"'))
print(json.loads('{"k": 1, "k": 2}'), json.loads("[]"), json.loads("  [1 , 2 ]  "), json.loads("NaN"))
round_trip = {"list": [1, 2.5, "three", None], "nested": {"deep": [[], {}]}, "unicode": "日本"}
encoded = json.dumps(round_trip)
print(encoded, json.loads(encoded) == round_trip)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2})))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}', '"unterminated', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e}")
print(issubclass(json.JSONDecodeError, ValueError))
records = json.loads('[{"id": 2, "tags": ["x"]}, {"id": 1, "tags": []}]')
print(sorted(records, key=lambda r: r["id"]), sum(len(r["tags"]) for r in records))

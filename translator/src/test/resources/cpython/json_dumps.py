# json.dumps: separators, indent, sort_keys, ensure_ascii, float/None/bool mapping, and errors.
import json

data = {"name": "Zoë", "age": 36, "scores": [9.5, 10, 7.25], "active": True, "spouse": None,
        "nested": {"b": [1, {"c": []}], "a": {}}, "ratio": 0.1 + 0.2, "big": 2 ** 70, "tuple": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data["nested"], indent=4, separators=(",", ": ")))
print(json.dumps([1, 2, 3], separators=(",", ":")), json.dumps({"k": "v"}, separators=(",", ":")))
print(json.dumps("quote\" backslash\\ newline\n tab\t ctrl\x01 uni\u2028 emoji😀"))
print(json.dumps([1.0, 1e16, 1e-7, -0.0, 3.14, float("inf"), float("-inf"), float("nan")]))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(0), json.dumps(False), json.dumps(None))
print(json.dumps([[]], indent=2), json.dumps({"a": []}, indent=2))
print(json.dumps({"x": [1, 2]}, indent="\t"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"when": object}, default=lambda o: o.__name__))

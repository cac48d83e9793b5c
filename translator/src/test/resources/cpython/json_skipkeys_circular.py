"""json.dumps's skipkeys (items whose keys JSON cannot hold are left out, separators and indentation as CPython
writes them) and check_circular (without it a circular value nests until the depth limit)."""
import json


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = {"a": 1, (1, 2): "tuple", 3: "int", 2.5: "float", None: "none", True: "bool", frozenset(): "fs", "z": [1]}
attempt("skipkeys", lambda: json.dumps(data, skipkeys=True))
attempt("refused", lambda: json.dumps(data))
attempt("skipkeys=0", lambda: json.dumps(data, skipkeys=0))
attempt("first skipped", lambda: json.dumps({(1,): 1, "b": 2, "c": 3}, skipkeys=True))
attempt("last skipped", lambda: json.dumps({"b": 2, "c": 3, (1,): 1}, skipkeys=True))
attempt("all skipped", lambda: json.dumps({(1,): 2, (3,): 4}, skipkeys=True))
attempt("sort str keys", lambda: json.dumps({"b": 1, "a": 2}, skipkeys=True, sort_keys=True))
attempt("sort mixed", lambda: json.dumps({"b": 1, (1,): 2, "a": 3}, skipkeys=True, sort_keys=True))
for indent in [None, 0, 2, "\t"]:
    nested = {(0,): 0, "a": [1, {(2,): 3}], "b": {"c": {(4,): 5}}, "d": {(6,): 7, "e": 8}}
    attempt(f"indent {indent!r}", lambda: json.dumps(nested, skipkeys=True, indent=indent))
attempt("separators", lambda: json.dumps({(1,): 1, "x": 1, "y": 2}, skipkeys=True, separators=(";", "=")))
attempt("default", lambda: json.dumps({"s": {1, 2}, 1j: 0, "t": 1}, skipkeys=True, default=sorted))
attempt("default no skip", lambda: json.dumps({"s": {1, 2}, 1j: 0}, default=sorted))

loop = [1]
loop.append(loop)
attempt("circular list", lambda: json.dumps(loop))
attempt("circular list unchecked", lambda: json.dumps(loop, check_circular=False))
node = {"name": "n"}
node["self"] = node
attempt("circular dict", lambda: json.dumps(node))
attempt("circular dict unchecked", lambda: json.dumps(node, check_circular=False))
shared = [1, 2]
attempt("shared, unchecked", lambda: json.dumps([shared, shared, {"k": shared}], check_circular=False))
deep = []
for _ in range(49):
    deep = [deep]
attempt("deep but finite", lambda: json.dumps(deep, check_circular=False).count("["))
attempt("unknown keyword", lambda: json.dumps([], skip_keys=True))

"""json.JSONDecodeError's attributes, and documents nested too deeply to decode."""
import json


def show(doc):
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(type(e).__name__, repr(e.msg), e.pos, e.lineno, e.colno, len(e.doc), str(e))
        print(isinstance(e, ValueError), e.args)


show("")
show("[1, 2")
show('{"a": 1,\n "b" 2}')
show('[1,\n\n  2,,]')
show('"abc')
show('{"k": tru}')
show("[1] x")

for depth in (10, 50, 100000):
    try:
        v = json.loads("[" * depth + "]" * depth)
        n = 0
        while v:
            v = v[0]
            n += 1
        print("depth", depth, "decoded", n)
    except RecursionError as e:
        print("depth", depth, "RecursionError", e)
for doc in ('{"a":' * 100000, "[" * 100000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print("unclosed: RecursionError", e)
    except json.JSONDecodeError as e:
        print("unclosed: JSONDecodeError", e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("dumps: RecursionError", e)
try:
    json.loads("{]")
except ValueError as e:
    print(type(e), type(e).__name__, type(e).__module__, repr(e))
    print(isinstance(e, json.JSONDecodeError), json.JSONDecodeError.__name__, json.JSONDecodeError.__mro__[1])
try:
    int("x")
except json.JSONDecodeError:
    print("wrong: a ValueError caught as JSONDecodeError")
except ValueError as e:
    print("ValueError", e)
e = json.JSONDecodeError("Custom problem", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno, repr(e))
try:
    raise e
except json.JSONDecodeError as caught:
    print("caught", caught is e, caught.doc == "ab\ncd")

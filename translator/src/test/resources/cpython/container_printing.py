# str and repr of nested containers: lists, tuples, dicts, sets, None/bool/float/str inside.

print([])
print(())
print({})
print(set())
print([None, True, False, 0, -1, 2.0, "s", 'q"', "it's"])
print((1,), (1, 2), ((1,),), ((), []), tuple([1]))
print({"a": [1, {"b": (2, 3.5)}], "c": {"d": None}})
print({1: "one", 2.5: "two and a half", (1, 2): [3], None: None, True: False})
print([[1, [2, [3, [4, []]]]]])
print({1, 2, 3}, frozenset({1}), {(1, 2)}, [set(), frozenset()])
print([1.0, 1e16, 1e-5, float("inf"), -0.0, 1 / 3])
print(["\n", "\t", "\\", "\x00", "é", "😀"])
print(str([1, "a"]), repr([1, "a"]), str(("a",)), repr({"k": "v"}))
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print(range(5), range(1, 10, 2), range(0), range(-3, 3, 2))
print(list(range(0)), list(range(5, 0, -2)))
print([b"bytes", bytearray(b"ba")])
print({"nested": {"deeper": {"deepest": [1, (2,), {3}]}}})
print(len(str(list(range(100)))), str(list(range(12))))
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__)
print(tuple("abc"), list(zip([1], "a")), dict([(1, 2)]))

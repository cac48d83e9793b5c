"""Which slices of immutable sequences give the same object back, as CPython's `is` shows."""

t = (1, 2, 3)
s = "text"
b = b"bytes"
items = [1, 2, 3]
print("tuple:", t[:] is t, t[0:3] is t, t[::1] is t, t[-10:10] is t, t[1:] is t, t[::-1] is t, t[:] == t)
empty = ()
print("empty tuple:", t[5:] is empty, t[5:] == empty)
print("str:", s[:] is s, s[0:] is s, s[:2] is s, s[::-1] is s)
print("bytes:", b[:] is b, b[0:5] is b, b[1:] is b)
print("list:", items[:] is items, items[:] == items)
one = (7,)
print("one:", one[::-1] is one, one[::-1] == one)

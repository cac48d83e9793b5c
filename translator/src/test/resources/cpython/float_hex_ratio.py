# float.hex() and float.as_integer_ratio(), exact forms of floats, and bytes methods called by name.
for x in [3.0, -0.1, 5e-324, 0.0, -0.0, 1e300, 0.5, float("inf"), float("nan")]:
    print(x.hex())
for x in [0.1, -2.5, 1e300, 5e-324, 0.0, 7.0]:
    print(x.as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
line = b"  GET /index HTTP/1.1\r\n"
print(line.strip().split(), line.find(b"GET"), line.strip().upper().startswith(b"GET"))
print(b", ".join([b"a", b"b"]), b"aaa".replace(b"a", b"bb"))
try:
    line.find("GET")
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].pop(0, 1)
except TypeError as e:
    print("TypeError:", e)

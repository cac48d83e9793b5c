# Repetition by an object with __index__: its __mul__/__rmul__ answer first, then sequences repeat by its __index__,
# in functions, comprehensions and augmented assignments; list and bytearray *= and bytearray += change the object
# in place, and the errors read as CPython's.
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
n = I(3)
print([1] * n, n * [1], 'ab' * n, n * 'ab', (1, 2) * n, n * (1,), b'x' * n, n * bytearray(b'y'))
class M(I):
    def __mul__(self, o): return 'M.mul'
    def __rmul__(self, o): return 'M.rmul'
m = M(2)
print([1] * m, m * [1], 'ab' * m, m * 'ab', (1,) * m)
class Neg:
    def __index__(self): return -1
print([1] * Neg(), 'a' * Neg())
class Bad:
    def __index__(self): return 'x'
try:
    [1] * Bad()
except TypeError as e:
    print(e)
class NoIdx: pass
for f in (lambda: [1] * NoIdx(), lambda: 'a' * NoIdx(), lambda: NoIdx() * (1,), lambda: [1] * 2.0):
    try:
        f()
    except TypeError as e:
        print(e)
x = [1, 2]
x *= n
print(x)
s = 'ab'
s *= n
print(s)
t = (0,)
t *= I(2)
print(t)
print([1] * True, True * 'ab')
def f(k):
    a = [0] * k
    b = k * [None]
    c = 'xy' * k
    d = k * 'z'
    e = (1,) * k
    g = [[0] * k for _ in range(2)]
    h = [1, 2] * k
    s: str = 'q'
    s2 = s * k
    t = [0]
    t *= k
    u = 'ab'
    u *= k
    return a, b, c, d, e, g, h, s2, t, u
print(f(I(2)))
print(f(M(2)))
print(f(3))
def g(n: int):
    return [0] * n, 'a' * n
print(g(2))
class J:
    def __index__(self): return 2
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
print([5] * J(), J() * 'w')
def big():
    return [0] * I(0), '' * I(5), 'a' * I(-3)
print(big())
b = bytearray(b'a'); c = b; b *= I(2); print(b, c is b)
l = [1]; l2 = l; l *= I(3); print(l, l2 is l)
l = [1]; l2 = l; l *= M(3); print(l, l2)
l = [1]; l *= True; print(l)
try:
    l = [1]; l *= 2.0
except TypeError as e:
    print(e)
class N:
    def __rmul__(self, o): return NotImplemented
try:
    l = [1]; l *= N()
except TypeError as e:
    print(e)
try:
    l = [1]; l = l * N()
except TypeError as e:
    print(e)
b = bytearray(b'ab'); c = b; b *= 2; b += b'x'; b += bytearray(b'y'); print(b, c is b)
b = bytearray(b'ab'); b *= 0; print(b)
b = bytearray(b'ab'); b *= M(2); print(b)
for bad in (1, 'x', 2.5):
    try:
        b = bytearray(b'ab'); b += bad
    except TypeError as e:
        print(e)
try:
    b = bytearray(b'ab'); b *= 2.5
except TypeError as e:
    print(e)

# Slice bounds and steps may be any object whose class defines __index__, for every built-in sequence (lists,
# tuples, str, bytes, bytearray, range), in reads, slice assignment and deletion, and in slice objects.
class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


xs = [0, 1, 2, 3, 4, 5, 6]
print(xs[Index(1):Index(4)])
print(xs[::Index(2)], xs[Index(5):Index(1):Index(-2)])
print((10, 20, 30, 40)[Index(1):])
print("abcdefg"[Index(-3):Index(100)], "abcdefg"[::Index(-3)])
print(b"abcdef"[:Index(2)], bytearray(b"xyz")[Index(1):])
print(range(10)[Index(2):Index(8):Index(3)], list(range(10)[Index(2):Index(8):Index(3)]))
ys = list(xs)
ys[Index(1):Index(3)] = ["a", "b", "c"]
print(ys)
ys[::Index(3)] = [7, 8, 9]
print(ys)
del ys[::Index(2)]
print(ys)
ba = bytearray(b"hello")
ba[Index(0):Index(1)] = b"J"
del ba[Index(3):]
print(ba)
s = slice(Index(1), None, Index(2))
print(xs[s], s.indices(5), slice(Index(-2), Index(9)).indices(6))
try:
    xs[::Index(0)]
except ValueError as e:
    print("ValueError", e)


class Bad:
    def __index__(self):
        return "x"


class Plain:
    pass


for bound in (Bad(), Plain(), 1.5):
    try:
        xs[bound:]
    except TypeError as e:
        print("TypeError", e)
try:
    xs[Plain():] = []
except TypeError as e:
    print("TypeError", e)
# indices, and the int arguments of methods, go through __index__ too
i = Index(1)
zs = [10, 20, 30]
print(zs[i], "abc"[i], (1, 2)[i], range(5)[i], b"ab"[i], bytearray(b"xy")[i])
zs[i] = 99
print(zs)
del zs[i]
print(zs, [1, 2, 3].pop(i), "a,b,c".split(",", Index(1)), "ab".center(Index(4), "*"))
try:
    zs[Plain()]
except TypeError as e:
    print("TypeError", e)
print("ab" * Index(2), Index(3) * [0], (1,) * Index(2), b"x" * Index(3))
try:
    print(3 * Index(2))
except TypeError as e:
    print("TypeError", e)
try:
    print("ab" * Plain())
except TypeError as e:
    print("TypeError", e)

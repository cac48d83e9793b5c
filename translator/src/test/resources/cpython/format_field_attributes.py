# str.format fields reach attributes and items of any value, built-in ones included ({0.real}, {x.__class__}),
# as getattr and [] do.
class P:
    def __init__(self):
        self.name = "pt"
        self.items = {"k": [10, 20]}

    def __getitem__(self, key):
        return "item " + str(key)


print("{0.real}".format(4))
print("{0.imag}".format(2.5))
print("{x.__class__.__name__}".format(x=1))
print("{0.real} {0.imag}".format(3 + 4j))
print("{.numerator}/{.denominator}".format(6, 7))
print("{0.name!r:>6}|".format(P()))
print("{0.items[k][1]} {0[7]} {0[key]}".format(P()))
print("{0.__class__.__name__} {1.__class__.__name__}".format("s", [1]))
print("{0[0].real}".format([5]))
print("{d[k].imag:.2f}".format(d={"k": 1.5}))
print("{0.start}:{0.stop}:{0.step}".format(range(1, 9, 2)))
print("{0.real!s}".format(True), "{0.__name__}".format(int))
for fmt, arg in (("{0.nope}", 4), ("{0.nope}", P()), ("{0.name.x}", P())):
    try:
        fmt.format(arg)
    except AttributeError as e:
        print("AttributeError", e)

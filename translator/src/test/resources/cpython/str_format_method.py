# str.format: positional, indexed and named fields, attribute and item access, nested specs.

print("{} {} {}".format("a", "b", "c"))
print("{2} {1} {0} {0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["first", "second"], {"key": "val"}))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, -4)
print("x={0.x} y={0.y}".format(p))
print("{p.x:+d},{p.y:+d}".format(p=p))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "fill"))
print("{:.3f} {:.2e} {:,} {:08.3f} {:x} {:b}".format(3.14159, 1234.5, 10 ** 9, -3.14159, 3054, 10))
print("{:{w}.{p}f}|".format(2.71828, w=10, p=3))
print("{0:{1}}|".format("dyn", 6))
print("{!r} {!s} {!a}".format("ñ", "ñ", "ñ"))
print("{{}} {{{0}}}".format("braced"))
print("{0}{1}{0}".format("ab", "-"))
data = {"host": "localhost", "port": 8080}
print("{host}:{port}".format(**data))
print("{0} + {0} = {1}".format(2, 2 + 2))
print("{:%}".format(0.256), "{:.1%}".format(1 / 3))
print("{:,.2f}".format(-9876543.21), "{:_d}".format(123456789))
print("{:c}{:c}{:c}".format(80, 121, 33))
print("{:>6}|{:<6}|{:^6}|{!s:>5}|".format(1.5, True, 7, None))
row = "{:<10}{:>5}{:>10.2f}"
for item in [("coffee", 2, 3.5), ("bagel", 10, 1.25)]:
    print(row.format(*item))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
print(format(3.5, "08.2f"), format(255, "#06x"), format("s", "^5"), format(12))

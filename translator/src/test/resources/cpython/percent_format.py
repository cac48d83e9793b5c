# printf-style % formatting: conversions, flags, width, precision, mappings and tuples.

print("%s is %d years old" % ("Ada", 36))
print("%r %s %a" % ("quote's", "plain", "ünï"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1f" % (3.14159, 2.71828, 1.5, -1.5, 0.05))
print("%e|%.2e|%E|%g|%g|%G" % (12345.678, 0.000123, 1e20, 1e-5, 123456789.0, 1e-20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%s|%10s|%-10s|%.3s" % ("abc", "right", "left", "truncate"))
print("%(name)s has %(count)03d items" % {"name": "box", "count": 7})
print("%d%% done" % 50)
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%i %u" % (7, 8))
print("%d" % 3.99, "%d" % -3.99, "%s" % 3.0, "%r" % 0.1)
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%s %s" % (True, None), "%d" % True)
print("%x" % -255, "%o" % -8)
print("%5.1f%%" % 99.44)
print("%-6s|%6s" % ("ab", "cd"))
print("%d" % (2 ** 100))
for name, score in [("alice", 93.5), ("bob", 7.25), ("christina", 100.0)]:
    print("%-10s %6.2f" % (name, score))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(missing)s" % {"x": 1})
except KeyError as e:
    print("KeyError:", e)

# Floor division and modulo follow the sign of the divisor; divmod is consistent with both.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5), (1, -5)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = ({q}, {r})   check {q * b + r == a}")
print(-7 // 2.0, -7 % 2.0, 7 % -2.0, -0.5 // 1, -0.5 % 1, 5.5 % -2)
print(-1 % 10, -11 % 10, -10 % 10, 10 % -3, -10 % -3)
print(-(10 ** 20) // 3, -(10 ** 20) % 3, 10 ** 20 // -3, 10 ** 20 % -3)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
hours = -25
print(hours // 24, hours % 24)
print([(i % 3) for i in range(-5, 6)])
print([(i // 3) for i in range(-5, 6)])
print(-3 % 1.5, 3 % 1.5, -0.0 % 5, 0.0 % -5)
print(2 ** 64 // -1, (-(2 ** 64)) % 7)
print((-9) // 4 * 4 + (-9) % 4)
print(True // 2, -True // 2, 7 // True)
seconds = -3725
minutes, secs = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
print(hours, minutes, secs)
print([divmod(n, -4) for n in (-9, -8, -1, 0, 1, 8, 9)])

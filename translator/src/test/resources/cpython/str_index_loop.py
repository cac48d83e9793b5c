"""Indexing and slicing long strings in loops, with and without characters outside the BMP."""
s = "ab" * 100000
n = 0
for i in range(len(s)):
    if s[i] == "a":
        n += 1
print(n, len(s[5:]), len(s))
t = "\U0001F600" * 50000 + "z"
m = 0
for i in range(len(t)):
    if t[i] == "z":
        m += 1
print(m, len(t))

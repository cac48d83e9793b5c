# Slicing strings: reversal, steps, unicode code points, and immutability.

s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::-1], s[::2], s[-5:-1])
print(repr(s[20:]), repr(s[5:2]), s[:100])
word = "racecar"
print(word == word[::-1], "python" == "python"[::-1])
text = "naïve café ☕ 日本語"
print(len(text), text[::-1])
print(text[6:10], text[-3:], text[11])
print([text[i] for i in range(0, len(text), 4)])
print("abcdef"[1:5:2], "abcdef"[-1:-7:-2], "abcdef"[::-2])
path = "/usr/local/lib/python3.11/site.py"
print(path[path.rfind("/") + 1:], path[:path.rfind("/")])
name, _, ext = "archive.tar.gz".partition(".")
print(name, ext)
digits = "0123456789"
print(digits[1::3], digits[::-4], digits[-3::-3])
emoji = "a😀b😃c"
print(len(emoji), emoji[1], emoji[1:4], emoji[::2])
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
print("J" + s[1:])
print("".join(reversed("stressed")))

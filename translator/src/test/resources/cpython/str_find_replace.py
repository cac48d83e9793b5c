# find/rfind/index/count/replace/strip families, including empty-string edge cases.

s = "abracadabra"
print(s.find("bra"), s.rfind("bra"), s.find("xyz"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("abra", ""))
print(s.startswith("abra"), s.endswith("abra"), "bra" in s, "Bra" in s, "" in s)
print("  padded  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "abcba".strip("ab"))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]", "[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]")
print("tab\tseparated\tvalues".expandtabs(4), "a\tb".expandtabs())
print("hello"[::-1].upper().replace("L", "1"))
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print("Hello" * 3, "-" * 10, 0 * "x", "ab" * -1)
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", min("hello"), max("hello"))
print(ord("a"), chr(97), "apple" == "apple", "apple" != "Apple")
print(str(123), str(-4.5), str(True), str(None), str([1, "a"]), str(b"x"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)

# str case methods and predicates, including non-ASCII letters and digits.

words = ["hello world", "HELLO", "Title Case Here", "mIxEd", "straße", "ǅemal", "123abc", "", "  ", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=" | ")
for w in ["abc", "ABC", "Abc", "abc123", "123", "٣", "½", "²", "a b", "", "Hello World", "hello World", "ñ", "\t\n "]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isupper(), w.islower(),
          w.istitle(), w.isspace(), w.isidentifier(), w.isprintable(), w.isascii())
print("they're bill's friends".title())
print("ß".upper(), "ﬁ".upper(), "Σ".lower(), "ΑΣ".lower())
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2))
print("%s" % "abc".upper().lower().title())
print("hello world".title(), "HELLO".capitalize(), "o'neil mcdonald".title())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("MiXeD 123".swapcase(), "ǈ".swapcase(), "ǉ".title())
print([w.istitle() for w in ["Title", "TiTle", "Two Words", "two Words", "123", "A1b"]])
print(["Hi!".isupper(), "HI!".isupper(), "hi!".islower(), "!".islower(), "ABC def".isupper()])
print("word".upper().center(10, "*"), "ÉCOLE".lower(), "éCOLE".capitalize())
print("x".join(["A", "b", "C"]).lower().upper())
print("ǅ".lower(), "ǅ".upper(), "ﬀ".upper(), len("ﬀ".upper()), "ß".casefold(), "İ".lower().upper())

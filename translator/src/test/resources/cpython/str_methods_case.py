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

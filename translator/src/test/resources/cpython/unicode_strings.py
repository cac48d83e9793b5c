# Unicode strings: lengths in code points, astral characters, normalisation-independent ops, encoding.

s = "Grüße, 世界! 😀👍🏽"
print(s, len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print([c for c in s[-4:]])
print([hex(ord(c)) for c in "é😀"])
print(s.upper(), s.lower())
print(s.find("世"), s.index("😀"), s.count("ü"), s[7:9])
print("😀" * 3, "😀".center(5, "*"), len("👍🏽"), "👍🏽"[0], "👍🏽"[1] == "\U0001F3FD")
print("e\u0301" == "é", len("e\u0301"), len("é"))
word = "naïve"
print(word.encode("utf-8"), word.encode("latin-1"), word.encode("ascii", errors="replace"))
print(b"na\xc3\xafve".decode("utf-8"), b"\xff".decode("utf-8", errors="replace"))
print(sorted(["zebra", "Äpfel", "apple", "Zoo", "éclair", "eagle"]))
print(max("résumé"), min("résumé"), sorted("résumé"))
print("Ω".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric(), "ǅ".istitle())
print("ΑΒΓ".lower(), "ǆ".upper(), "ǆ".title(), "ŉ".upper())
print(str("日本") + "語", "語" in "日本語", "日本語"[::-1])
print(chr(0x1F600), chr(233), ord("€"), "\N{EURO SIGN}", "\u20ac")
for ch in "aé€😀":
    print(ch, ord(ch), len(ch.encode()), ch.encode())
print(" ".join(f"{b:02x}" for b in "€".encode("utf-8")))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

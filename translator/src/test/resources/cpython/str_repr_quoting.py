# repr of strings: choice of quotes, escapes for control characters, and printable unicode.

samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline", "cr\rhere",
    "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ ü", "日本語", "emoji 😀", "\u200b zero width", "\ufeff bom",
    "\u2028 line sep", "", " ", "'", '"', "''\"", "\a\b\f\v", "\U0001F1FA\U0001F1F8", "\ud800" if False else "ok",
]
for s in samples:
    print(repr(s), len(s))
print(samples[:4])
print(str(samples[1]), ascii("é😀\n"), ascii("plain"))
print({"k'ey": "v\"al"}, ("tup'le",))
print(repr(repr("nested")), repr(str(repr("x"))))
print("%r" % "x'y", "{!r}".format("a\tb"), f"{'q'!r}")
for s in ["a'b", 'a"b', "a'b\"c", "\\", "\x1b[0m", "\u00ff", "\u0100", "\U0001F40D"]:
    print(s.__repr__(), repr(s) == "%r" % s, len(repr(s)))
print(repr("tab\t") + "|" + str("tab\t") + "|")
print([repr(c) for c in "\x7f\x80\xff"])
print(repr("x" * 3 + "'" + '"'))
print(repr(chr(0x3000)), repr(chr(0xad)), repr(chr(0x85)))

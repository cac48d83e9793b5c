"""lower() and capitalize() on ASCII text (lowered a char at a time) and on text that leaves ASCII part way."""


def show(s: str) -> None:
    low = s.lower()
    cap = s.capitalize()
    print(repr(s), repr(low), repr(cap), low == s, cap == s, type(low).__name__, type(cap).__name__)


for text in ["", "a", "A", "z", "Z", "@", "[", "`", "{", "hello", "Hello", "HELLO", "hELLO WORLD", "9lives",
             " leading space", "MiXeD cAsE 123!?", "already lower", "Already capital", "x" * 70 + "Y",
             "ABC\u00c9", "abc\u00e9", "\u00c9cole", "\u00e9COLE", "ABC\u0130", "OD\u03a3", "\u03a3 \u03a3A",
             "MOD\u03a3 X", "HELLO\u00df", "end\u0100", "A\u1e9e", "\u01c5ungla", "\u01f1AB", "tab\tTAB\nNL",
             "SURR\U0001f600OGATE", "\U00010400BC", "ABC\x7f", "ABC\x80DEF", "ABC\xffD"]:
    show(text)

words = "The QUICK brown Fox jumps OVER the lazy DOG. \u00c0 la CARTE! \u0130stanbul?".split()
print([w.strip(".!?").lower() for w in words])
print([w.capitalize() for w in words])
print(" ".join(words).capitalize())
print(" ".join(w.lower() for w in words).capitalize())

items: list[object] = ["MiXeD", 42, "Straße", b"BYTES"]
for item in items:
    try:
        print(item.lower(), item.capitalize())  # type: ignore[attr-defined]
    except AttributeError as e:
        print("AttributeError:", e)

counts: dict[str, int] = {}
for w in "Aa aA AA aa \u00c5a \u00e5A".split():
    counts[w.lower()] = counts.get(w.lower(), 0) + 1
print(counts)

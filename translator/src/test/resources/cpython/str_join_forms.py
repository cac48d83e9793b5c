"""str.join over lists, tuples and generators: one item, no items, mixed scripts, and items that are not str."""


def show(label: str, value: str) -> None:
    print(label, repr(value), len(value))


def main() -> None:
    word = "solo" * 3
    alone = "-".join([word])
    print("one item is the item:", alone is word, alone == word)
    show("empty", ", ".join([]))
    show("tuple", "/".join(("a", "b", "c")))
    show("generator", "".join(c.upper() for c in "abc"))
    show("mixed scripts", " ".join(["naïve", "Straße", "İstanbul", "日本", "😀x"]))
    show("latin1 then wide", "".join(["abc", "\u20ac", "def"]))
    show("wide separator", "\u2014".join(["x", "y", "z"]))
    for bad in (["a", 1, "b"], ["a", None], [b"x"], ("x", "y", 2.5)):
        try:
            "".join(bad)
        except TypeError as e:
            print("TypeError:", e)
    parts = []
    for i in range(2000):
        parts.append(str(i) * (i % 5))
    text = ",".join(parts)
    print("long:", len(text), text[:40], text[-40:])
    print("doubled:", len(text.join(["<", ">"])))


main()

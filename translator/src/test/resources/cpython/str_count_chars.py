"""str.count of one character and of longer substrings, over ASCII, Latin-1, wider and astral text."""


def tally(text: str, subs: list[str]) -> list[int]:
    return [text.count(s) for s in subs]


def describe(label, text, subs) -> None:
    # an untyped text reaches count through the dynamic call
    print(label, [text.count(s) for s in subs])


def main() -> None:
    ascii_text = "Is it? Yes! No? Maybe... " * 40
    latin = "Ça va? Très bien! Déjà vu? " * 30
    wide = "€5 → €7, ≈ €2? " * 25
    astral = "😀 smile? 🎉 party! 😀😀 " * 20
    subs = ["?", "!", ".", "..", "...", "é", "€", "😀", "😀😀", " ", "", "x", "→"]
    for label, text in [("ascii", ascii_text), ("latin", latin), ("wide", wide), ("astral", astral)]:
        print(label, len(text), tally(text, subs))
        describe(label, text, subs)
    print("empty", tally("", subs))
    letters = "".join(chr(c) for c in range(32, 700))
    print("each once", all(letters.count(ch) == 1 for ch in letters))
    print("sentence ends", sum(tally(ascii_text + latin + wide + astral, ["?", "!"])))


main()

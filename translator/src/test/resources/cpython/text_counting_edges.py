"""Counting words and drawing weighted words at the edges: int and bool weights, cumulative weights, k=0, empty
texts, punctuation-only tokens and letters whose case mapping changes their length."""
import random


def count(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in text.split():
        word = raw.strip(".!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main() -> None:
    rng = random.Random(2024)
    words = ["alpha", "beta", "gamma", "delta"]
    print(rng.choices(words, weights=[1, 2, 3, 4], k=6))
    print(rng.choices(words, weights=[True, False, True, 2], k=6))
    print(rng.choices(words, weights=[0.5, 1, 2.5, 0], k=6))
    print(rng.choices(words, cum_weights=[1, 3, 6, 10], k=6))
    print(rng.choices(words, cum_weights=[0.5, 0.5, 2.0, 2.25], k=6))
    print(rng.choices(words, weights=[1, 2, 3, 4], k=0), rng.choices(words, k=-3))
    print(rng.choices(words, weights=[2 ** 70, 1, 1, 2 ** 70], k=5))
    weights = [1.0 / (k + 1) for k in range(40)]
    many = [f"w{k}" for k in range(40)]
    for _ in range(3):
        print(" ".join(rng.choices(many, weights=weights, k=8)).capitalize() + rng.choice([".", "!"]))
    weights[0] = 1000.0
    print(rng.choices(many, weights=weights, k=8))
    for bad in ([1, 2, 3], [0, 0, 0, 0], [float("inf"), 1, 1, 1], [-1.0, -2.0, -3.0, -4.0]):
        try:
            rng.choices(words, weights=bad, k=2)
        except (ValueError, IndexError) as e:
            print(type(e).__name__, e)
    try:
        rng.choices([], weights=[], k=1)
    except IndexError as e:
        print("IndexError", e)
    try:
        rng.choices(words, weights=[1, 1, 1, 1], cum_weights=[1, 2, 3, 4])
    except TypeError as e:
        print("TypeError", e)
    print(count(""), count("   \t\n "), count("... !!! ?"))
    print(count("Straße STRASSE straße. İstanbul! ISTANBUL? ǅemal Ǆemal ΣΊΣΥΦΟΣ. σίσυφος"))
    print(count("a\u2003b\u00a0c\u0085d\x1ce  A. a! a?"))
    for s in ["ß", "İ", "ŉ", "ǆ", "ǅ", "ﬁ", "Σ", "ΑΣ", "ΑΣ Α", "ᾳ", "ᾲ", "ᾈ", "ΐ", "ŉa"]:
        print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()))
    print(repr("ßtraße".capitalize()), repr("ﬁne day".capitalize()), repr("".capitalize()), repr("İI".capitalize()))
    print(repr(" ".join([]).capitalize()), repr("x".join(["only"]).capitalize()))


main()

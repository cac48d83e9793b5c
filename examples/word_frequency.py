"""Word frequencies over a large seeded random text: counting with dicts, sorting, and simple statistics."""
import random
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "an", "el", "or", "us"]


def make_vocabulary(rng: random.Random, size: int) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(rng: random.Random, vocabulary: list[str], sentences: int) -> str:
    # Zipf-like weights: the k-th word is about 1/k as frequent as the first.
    weights = [1.0 / (k + 1) for k in range(len(vocabulary))]
    parts: list[str] = []
    for _ in range(sentences):
        words = rng.choices(vocabulary, weights=weights, k=rng.randint(4, 14))
        parts.append(" ".join(words).capitalize() + rng.choice([".", ".", "!", "?"]))
    return " ".join(parts)


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in text.split():
        word = raw.strip(".!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main(sentences: int) -> None:
    rng = random.Random(12345)
    vocabulary = make_vocabulary(rng, 2000)
    text = make_text(rng, vocabulary, sentences)
    counts = count_words(text)
    total = sum(counts.values())
    print(f"characters: {len(text)}, words: {total}, distinct: {len(counts)}")
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (word, n) in enumerate(ranked[:12], start=1):
        print(f"{rank:3d}. {word:<10} {n:6d} {100 * n / total:6.2f}%")
    lengths: dict[int, int] = {}
    for word, n in counts.items():
        lengths[len(word)] = lengths.get(len(word), 0) + n
    print("by length:", {k: lengths[k] for k in sorted(lengths)})
    singletons = [w for w, n in counts.items() if n == 1]
    print(f"hapax legomena: {len(singletons)}, e.g. {sorted(singletons)[:5]}")
    questions = text.count("?")
    print(f"sentences ending in ?: {questions}, in !: {text.count('!')}")
    longest = max(counts, key=lambda w: (len(w), w))
    print(f"longest word: {longest} ({counts[longest]} times)")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 25000)

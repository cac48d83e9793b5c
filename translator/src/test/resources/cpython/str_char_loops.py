"""for loops over a str's characters: astral characters, lone surrogates, break/continue/else, the loop variable
rebound inside, the str rebound while its loop runs, and nested loops over the same str."""


def classify(text: str) -> dict:
    counts = {"upper": 0, "lower": 0, "digit": 0, "other": 0}
    for ch in text:
        if ch.isupper():
            counts["upper"] += 1
        elif ch.islower():
            counts["lower"] += 1
        elif ch.isdigit():
            counts["digit"] += 1
        else:
            counts["other"] += 1
    return counts


def first_vowel(text: str) -> str:
    for ch in text:
        if ch in "aeiou":
            break
    else:
        return "none in " + repr(text)
    return ch


def rebinding(text: str) -> list:
    out = []
    for ch in text:
        if ch == " ":
            continue
        text = "changed"
        ch = ch * 2
        out.append(ch)
    out.append(text)
    return out


def pairs(word: str) -> int:
    n = 0
    for a in word:
        for b in word:
            if a < b:
                n += 1
    return n


def widths(text: str) -> list:
    return [(ch, len(ch), ord(ch)) for ch in text if ord(ch) > 127]


print(classify("Hello World 2024! \u00c9t\u00e9 \U0001D400"))
print(first_vowel("rhythm"), first_vowel("strength"))
print(rebinding("ab c"))
print(pairs("python"), pairs(""), pairs("\U0001F600a"))
print(widths("a\u00e9\u2615\U0001F600\ud800z"))
chars = []
for c in "x\U0001F600y":
    chars.append(c)
print(chars, len(chars), "".join(reversed(chars)))

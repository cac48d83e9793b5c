"""Loops over a str whose variable is only read by ord(), and the neighbours that must keep the str itself."""


def checksum(text: str) -> int:
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


def widths(text: str) -> list:
    out = []
    for ch in text:
        if ord(ch) > 0xFFFF:
            out.append(2)
        elif ord(ch) > 0x7F:
            out.append(1)
        else:
            continue
    return out


def last_character(text: str) -> str:
    total = 0
    ch = "none"
    for ch in text:
        total += ord(ch)
    return f"{total} {ch}"


def compared(text: str) -> int:
    n = 0
    for ch in text:
        if ch == "b" or ord(ch) > 1000:
            n += 1
    return n


def pairs(a: str, b: str) -> int:
    acc = 0
    for x in a:
        for y in b:
            acc += ord(x) * ord(y)
    return acc


def until_error(text: str) -> int:
    h = 0
    try:
        for ch in text:
            h += 100 // (ord(ch) - 0x61)
    except ZeroDivisionError:
        return -h
    return h


def in_comprehension(text: str) -> list:
    out = []
    for ch in text:
        out.append([ord(ch) + k for k in range(2)])
    return out


def grows_past_long(text: str) -> int:
    h = 1
    for ch in text:
        h = h * (ord(ch) + 0x7FFFFFFF)
    return h


for label, sample in [("empty", ""), ("ascii", "abc"), ("bmp", "caf\u00e9 \u2615"),
                      ("astral", "a\U0001F600b\U00010348"), ("astral only", "\U0001F600" * 3),
                      ("lone surrogate", "\ud800x")]:
    print(label, checksum(sample), widths(sample), compared(sample))
print(last_character("xy\U0001F600"), last_character(""))
print(pairs("a\U0001F600", "bc"), pairs("", "x"))
print(until_error("zyxab"), until_error("zz"))
print(in_comprehension("a\U0001F600"))
print(grows_past_long("\U0001F600\U0001F600abcdefgh"))
chars = list("\U0001F600sub")
print(checksum(chars), widths(chars), last_character(chars), pairs(chars, ["q"]))

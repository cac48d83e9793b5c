"""Loops over the words of a str: split, rsplit, splitlines and partition on typed strs, with the loop variable
used as a str, rebound, reused, and the names involved changed inside the loop."""


def words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in text.split():
        word = raw.strip(".,!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def fields(line: str, sep: str) -> list[str]:
    out = []
    for f in line.split(sep):
        out.append(f.upper() if f else "<empty>")
    return out


def limited(line: str, n: int) -> list[str]:
    out = []
    for part in line.split(None, n):
        out.append("[" + part + "]")
    for part in line.split(",", n):
        out.append("{" + part + "}")
    for part in line.rsplit(",", n):
        out.append("(" + part + ")")
    return out


def rebinds_text(text: str) -> list[str]:
    # the header evaluated text once: rebinding it in the body changes nothing in this loop
    seen = []
    for w in text.split():
        text = text + " extra"
        seen.append(w)
    seen.append(str(len(text.split())))
    return seen


def loop_variable_changes(text: str) -> list[object]:
    out = []
    for w in text.split("-"):
        w = w * 2
        out.append(w)
    for w in text.split("-"):
        if w == "b":
            w = len(w)
        out.append(w)
    return out


def after_loop(text: str) -> str:
    last = "none"
    for w in text.split():
        last = w
    return last


def breaks_and_else(text: str) -> list[str]:
    out = []
    for w in text.split():
        if w.startswith("stop"):
            out.append("broke at " + w)
            break
        out.append(w.title())
    else:
        out.append("no stop")
    return out


def lines_and_parts(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        for piece in line.partition("="):
            out.append(piece.strip() or "_")
        for piece in line.rpartition(":"):
            out.append(piece.swapcase())
    return out


def chars(text: str) -> list[str]:
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(ch * int(ch))
        elif ch.isspace():
            out.append("_")
        else:
            out.append(ch.upper())
    return out


def mixed(items: list[object]) -> list[str]:
    # a list that is not a split result: its items keep their own types
    out = []
    for x in items:
        out.append(repr(x))
    return out


def split_result_mutated(text: str) -> list[object]:
    parts = text.split()
    out = []
    for p in parts:
        if len(parts) < 6:
            parts.append(len(p))
        out.append(p)
    return out


def bad_separator(text: str) -> str:
    count = 0
    try:
        for w in text.split(""):
            count += 1
    except ValueError as e:
        return "ValueError: " + str(e) + " after " + str(count)
    return "no error"


def not_a_str(value) -> str:
    try:
        for w in value.split():
            print("word", w)
    except AttributeError as e:
        return "AttributeError: " + str(e)
    return "done"


class Words:
    def split(self):
        return [1, 2.5, "three"]


def user_split(obj) -> list[str]:
    out = []
    for w in obj.split():
        out.append(type(w).__name__)
    return out


print(sorted(words("The cat. The dog! A cat, a DOG? the end ... ").items()))
print(fields("a,,b,c,", ","))
print(fields("one", ","))
print(fields("", ","))
print(limited("  x  y,z  w , v  ", 1))
print(limited("a,b,c,d", 0))
print(limited("a,b,c,d", -1))
print(rebinds_text("one two three"))
print(loop_variable_changes("a-b-c"))
print(after_loop("alpha beta gamma"), after_loop("   "))
print(breaks_and_else("go on stopper now"))
print(breaks_and_else("go on"))
print(lines_and_parts("k = v\nnone here\na:b = c:d\n\nlast:x"))
print(chars("ab 3\tc\u00e9\U0001f600 1"))
print(mixed([1, "two", 3.0, None, ["x"]]))
print(split_result_mutated("p q r"))
print(bad_separator("a b"))
print(not_a_str(42))
print(not_a_str("fine words"))
print(user_split(Words()))
print(user_split("x y"))
print(words("\u00c9t\u00e9 \u00e9t\u00e9\u3000caf\u00e9\u00a0CAF\u00c9 \u2028line \x1cfs"))


def gen(text: str):
    for w in text.split():
        yield w.upper()
    for ch in text:
        if ch != " ":
            yield ch


def captured(text: str) -> list[str]:
    # the loop variable is a cell: each lambda sees the value it has when called
    out = []
    later = []
    for w in text.split(","):
        fs = [lambda: w + "!" for _ in range(1)]
        out.append(fs[0]())
        later.append(lambda: w)
    return out + [f() for f in later]


def inner_reads(text: str) -> list[str]:
    out = []
    for w in text.split():
        out.append("".join(c + w for c in "ab"))
    return out


print(list(gen("ab cd")))
print(captured("x,y,z"))
print(inner_reads("p q"))


def comprehensions(text: str, sep: str) -> None:
    print([w.lower() for w in text.split()])
    print({w: len(w) for w in text.split(sep)})
    print(sorted({w.upper() for w in text.split(sep, 1)}))
    print(sum(len(w) for w in text.split()), sum(1 for w in text.split() if w.islower()))
    print(" ".join(w.title() for w in text.rsplit(" ", 1)))
    print([c * 2 for c in text if c.isalpha()])
    print([p.strip() for p in text.partition(sep)])
    print([(w, c) for w in text.split() for c in w if c != "a"])
    print([w for w in text.split() if w.startswith("b")], list(w for w in text.split()))
    last = "none"
    print([last := x for x in text.split()], last)
    try:
        print([w for w in text.split("")])
    except ValueError as e:
        print("ValueError", e)
    lines = text.replace(" ", "=").replace(sep, "\n")
    print([line.partition("=")[2] or "-" for line in lines.splitlines()])
    g = (w.upper() for w in text.split())
    print(next(g, "empty"), list(g))


comprehensions("Alpha beta, Gamma baz", ",")
comprehensions("", " ")
comprehensions(" x,y ,,z ", ",")

# Searches in strs holding astral characters (U+10000 and above) and lone surrogates: a match counts only as a
# run of whole code points, never as half of an astral character. Lone surrogates cannot be printed to a UTF-8
# stdout, so results are shown as indices, booleans, counts or ascii(). A lone high surrogate directly followed by
# a lone low one is left out: the JVM's UTF-16 strings cannot tell that pair from the astral character it encodes.

HI = "\ud800"
LO = "\udf48"
GOTHIC = "\U00010348"  # U+10348; as UTF-16 the pair D800 DF48
EMOJI = "\U0001F600"

text: str = "a" + GOTHIC + "b" + GOTHIC + "c"
lone: str = "x" + HI + "y" + LO + "z"
mixed: str = GOTHIC + HI + "q" + LO + GOTHIC


def show(label: str, value: object) -> None:
    print(label, ascii(value))


# membership
show("hi in text", HI in text)
show("lo in text", LO in text)
show("hi not in text", HI not in text)
show("gothic in text", GOTHIC in text)
show("hi in lone", HI in lone)
show("lo in lone", LO in lone)
show("hi in mixed", HI in mixed)
show("lo in mixed", LO in mixed)
show("hi+q in mixed", HI + "q" in mixed)
show("q+lo in mixed", "q" + LO in mixed)
show("a+hi in text", "a" + HI in text)
show("lo+b in text", LO + "b" in text)
show("plain in text", "b" in text)

# find, rfind, index, rindex
for hay in (text, lone, mixed):
    for needle in (HI, LO, GOTHIC, "q", "b", "a" + HI, LO + "b", HI + "q", "q" + LO, ""):
        print(ascii(hay), ascii(needle), hay.find(needle), hay.rfind(needle), hay.count(needle))
show("find range", mixed.find(HI, 1, 3))
show("find range miss", mixed.find(HI, 2))
show("rfind range", mixed.rfind(LO, 0, 4))
show("index", mixed.index(HI))
show("rindex", mixed.rindex(LO))
try:
    text.index(HI)
except ValueError as e:
    print("index:", e)
try:
    text.rindex(LO)
except ValueError as e:
    print("rindex:", e)

# count over many pairs
many: str = GOTHIC * 5 + HI + "." + LO
show("count hi", many.count(HI))
show("count lo", many.count(LO))
show("count gothic", many.count(GOTHIC))
show("count split pair", (HI + "." + LO).count(HI + "."))

# replace
show("replace hi", text.replace(HI, "!"))
show("replace lo", text.replace(LO, "!"))
show("replace gothic", text.replace(GOTHIC, "!"))
show("replace in mixed", mixed.replace(HI, "<H>").replace(LO, "<L>"))
show("replace count", (HI + "." + HI + "." + GOTHIC).replace(HI, "#", 1))
show("replace all", (HI + "." + HI + "." + GOTHIC).replace(HI, "#"))
show("replace empty", (GOTHIC + HI).replace("", "-"))

# split, rsplit, partition, rpartition
show("split hi", text.split(HI))
show("split lo", text.split(LO))
show("split gothic", text.split(GOTHIC))
show("split mixed hi", mixed.split(HI))
show("split mixed lo", mixed.split(LO))
show("split max", (HI + "1" + HI + "2" + GOTHIC + HI + "3").split(HI, 1))
show("rsplit", (HI + "1" + HI + "2" + GOTHIC + "3").rsplit(HI))
show("rsplit max", (GOTHIC + "1" + HI + "2" + GOTHIC + "3").rsplit(HI, 1))
show("rsplit lo max", (LO + "1" + GOTHIC + "2").rsplit(LO, 1))
show("partition hi", text.partition(HI))
show("partition mixed", mixed.partition(HI))
show("rpartition lo", text.rpartition(LO))
show("rpartition mixed", mixed.rpartition(LO))
for part in mixed.split(LO):
    show("part", part)

# startswith, endswith, removeprefix, removesuffix
show("startswith hi", GOTHIC.startswith(HI))
show("endswith lo", GOTHIC.endswith(LO))
show("startswith hi lone", (HI + "a").startswith(HI))
show("endswith lo lone", ("a" + LO).endswith(LO))
show("startswith tuple", text.startswith(("a" + HI, "a")))
show("endswith tuple", (GOTHIC + "z" + GOTHIC).endswith((LO, "z")))
show("startswith range", mixed.startswith(HI, 1))
show("endswith range", mixed.endswith(LO, 0, 4))
show("removeprefix", (GOTHIC + "x").removeprefix(HI))
show("removesuffix", ("x" + GOTHIC).removesuffix(LO))
show("removeprefix lone", (HI + "x").removeprefix(HI))
show("removesuffix lone", ("x" + LO).removesuffix(LO))

# strip with surrogates among the characters
show("strip hi", (HI + "ab" + HI).strip(GOTHIC))
show("strip gothic", (GOTHIC + "ab" + GOTHIC).strip(HI + "x" + LO))
show("strip pair", (GOTHIC + "ab" + HI).strip(GOTHIC + HI))
show("lstrip", (LO + GOTHIC + "ab").lstrip(LO))
show("rstrip", ("ab" + GOTHIC + HI).rstrip(GOTHIC))

# through values whose type is not known
values: list = [text, lone, mixed, EMOJI + "e" + EMOJI]
needles: list = [HI, LO, "\ud83d", "\ude00", EMOJI, "e"]
for v in values:
    print([(n in v, v.find(n), v.rfind(n), v.count(n), v.startswith(n), v.endswith(n)) for n in needles])
    print(ascii([v.replace(n, "_") for n in needles]))
    print(ascii([v.split(n) for n in needles]))
    print(ascii([v.partition(n)[0] for n in needles]), ascii([v.rpartition(n)[2] for n in needles]))

# plain text behaves as before
plain: str = "the cat sat on the mat"
print("at" in plain, plain.find("at"), plain.rfind("at"), plain.count("at"), plain.replace("at", "og"))
print(plain.split(" "), plain.partition("sat"), plain.startswith("the"), plain.endswith("mat"))
astral: str = "caf\u00e9 " + EMOJI + " ok " + EMOJI
print(ascii(astral.split(EMOJI)), astral.find("ok"), astral.rfind(EMOJI), astral.count(EMOJI))

# The string module: constants, capwords, Template substitution and Formatter basics.
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.capwords("hello   wORLD  of python"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes $what; ${who}s are $$cheap")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="ann"))
print(t.substitute({"who": "bo", "what": "tea"}))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError:", e)
f = string.Formatter()
print(f.format("{0}-{name}-{0:>4}", "x", name="n"))
print([(lit, field, spec) for lit, field, spec, conv in f.parse("a{b:>3}c{d!r}")])
alphabet = string.ascii_lowercase
shift = 3
table = str.maketrans(alphabet, alphabet[shift:] + alphabet[:shift])
print("attack at dawn".translate(table))
print(all(c in string.hexdigits for c in "deadBEEF"), sum(c in string.punctuation for c in "a,b.c!"))

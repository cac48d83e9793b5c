# split, rsplit, splitlines, partition, join: separators, limits and whitespace rules.

print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lots   of\tspace\n here ".split(), "  lots   of space ".split(" "))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "".split(), "".split(","))
print("one::two::three".split("::"), "no-separator".split("-", 0))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\n\ny\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\x0bb\x0cc\x1cd".splitlines())
print("key=value=more".partition("="), "novalue".partition("="), "a.b.c".rpartition("."))
print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "-".join("abc"), " ".join([]))
print("\n".join(str(i) for i in range(3)))
print("|".join(map(str, [1, 2.5, None, True])))
csv_line = "name, age ,city , ,"
print([field.strip() for field in csv_line.split(",")])
path = "/home/user/docs/file.txt"
print(path.split("/"), path.rsplit("/", 1)[-1], path.split("/", 2))
print("a-b_c d".replace("-", " ").replace("_", " ").split())
text = "The rain in Spain stays mainly in the plain"
print(len(text.split()), text.split("ain"), text.count("ain"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

# f-string conversions (!r !s !a), the = specifier, nested expressions and quotes.

name = "Zoë"
items = ["a", 'b"c', "d'e"]
value = 3.0
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{items} {items!r} {items!a}")
print(f"{value!r} {value!s} {1e100!r} {0.1!r:>25}")
print(f"{name=} {value=} {items=}")
print(f"{value * 2 = }")
print(f"{name=!s} {value=:.2f}")
print(f"{'nested ' + 'string'} {len(items)} {items[1]} {items[-1][::-1]}")
print(f"{'yes' if value > 2 else 'no'} {[x * 2 for x in range(3)]} {dict(a=1)}")
tab, newline, quote, both, backslash = "\t", "new\nline", "quote's", "both ' and \"", "back\\slash"
print(f"{tab!r} {newline!r} {newline} {quote!r} {both!r} {backslash!r} {backslash}")
print(f"{None} {True} {False!r} {()} {(1,)} {{1: 2}}")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n']:03d} {d!r}")
smile, controls = "\U0001F600", "\x00\x7f\x1b"
print(f"{'é'!a} {'日本'!a} {smile!a} {smile!r} {controls!r}")


class Thing:
    def __repr__(self):
        return "Thing()"

    def __str__(self):
        return "a thing"

    def __format__(self, spec):
        return f"Thing formatted with {spec!r}"


t = Thing()
print(f"{t} {t!r} {t!s} {t:fancy} {t:}")
print(f"""multi
line {name}""")
print(f"{'':-^20}")
print(f"{f'{name:>5}':<8}|")

# int() with a base given by position or keyword, and its argument errors.
print(int("ff", 16), int("ff", base=16), int("0b101", base=0), int(x="12") if False else int("12"))
for call in [lambda: int(5, 10), lambda: int(base=16), lambda: int("1", 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

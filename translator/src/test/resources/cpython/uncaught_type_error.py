# A TypeError from mixing str and int escapes after some output; the status is 1.


# Concatenation needs two strs: the error names the type on the right.
def label(count):
    return "items: " + count


def shout(text):
    return text.upper() + "!"


print(label("3"))
print(shout(label("none")))
for word in ["a", "b"]:
    print(shout(word))
totals = {"a": 1, "b": 2}
for key, value in totals.items():
    print(key, value * 2)
print(label(len(totals)))

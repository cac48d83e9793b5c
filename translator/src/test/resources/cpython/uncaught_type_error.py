# A TypeError from mixing str and int escapes after some output; the status is 1.

def label(count):
    return "items: " + count


print(label("3"))
totals = {"a": 1, "b": 2}
for key, value in totals.items():
    print(key, value * 2)
print(label(len(totals)))

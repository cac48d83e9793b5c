# An uncaught exception ends the program: stdout so far is kept, the traceback goes to stderr, status 1.

inventory = {"apples": 3, "pears": 0}


def take(item, count):
    available = inventory[item]
    if count > available:
        raise ValueError(f"only {available} {item} left")
    inventory[item] = available - count
    return inventory[item]


print("apples left:", take("apples", 2))
try:
    take("pears", 1)
except ValueError as e:
    print("handled:", e)
print("about to ask for plums")
take("plums", 1)
print("never printed")

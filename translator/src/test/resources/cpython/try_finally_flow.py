# finally and control flow: it runs before return completes, its own return wins, nested handlers,
# bare raise re-raises, and the name bound by except is deleted afterwards.

def finally_overrides():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


print(finally_overrides())


def finally_return_wins():
    try:
        raise RuntimeError("swallowed")
    finally:
        return "finally's return discards the exception"


print(finally_return_wins())


def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("not reached")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    return "done"


print(nested())


def reraise():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")

e = "before"
try:
    raise TypeError("t")
except TypeError as e:
    pass
print("name bound by except is deleted:", "e" in dir())

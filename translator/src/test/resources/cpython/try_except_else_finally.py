# try/except/else/finally: which blocks run, in what order, and how return interacts with finally.

def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "value":
            raise ValueError("bad value")
        if action == "key":
            {}["missing"]
        if action == "zero":
            1 // 0
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"except lookup {type(e).__name__}")
    except Exception as e:
        log.append(f"except Exception {type(e).__name__}: {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for action in ["ok", "value", "key", "zero"]:
    print(action, attempt(action))


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

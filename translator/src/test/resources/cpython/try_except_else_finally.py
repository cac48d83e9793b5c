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

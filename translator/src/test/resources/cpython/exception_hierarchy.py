# Catching by base class: handler order matters, tuples of types, BaseException vs Exception, and
# the standard hierarchy programs rely on.

def trigger(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 % 0
    if kind == "overflow":
        raise OverflowError("too big")
    if kind == "value":
        return int("v")
    if kind == "unicode":
        return b"\xff".decode("utf-8")
    if kind == "attr":
        return None.missing
    if kind == "notimpl":
        raise NotImplementedError("later")
    if kind == "stop":
        return next(iter([]))
    if kind == "exit":
        raise SystemExit(3)


for kind in ["key", "index", "zero", "overflow", "value", "unicode", "attr", "notimpl", "stop", "exit"]:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "-> LookupError branch:", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError branch:", type(e).__name__)
    except (ValueError, AttributeError) as e:
        print(kind, "-> ValueError/AttributeError branch:", type(e).__name__)
    except RuntimeError as e:
        print(kind, "-> RuntimeError branch:", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> Exception branch:", type(e).__name__)
    except BaseException as e:
        print(kind, "-> BaseException branch:", type(e).__name__, e.code)

pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (UnicodeDecodeError, ValueError), (NotImplementedError, RuntimeError), (StopIteration, Exception),
         (SystemExit, Exception), (KeyboardInterrupt, Exception), (TimeoutError, OSError),
         (FileNotFoundError, OSError), (RecursionError, RuntimeError), (AssertionError, Exception)]
for sub, base in pairs:
    print(f"{sub.__name__} < {base.__name__}: {issubclass(sub, base)}")
try:
    try:
        trigger("zero")
    except ValueError:
        print("not this one")
except ZeroDivisionError as e:
    print("outer handler got", type(e).__name__, "-", e)

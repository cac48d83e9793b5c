# raise ... from: explicit chaining (__cause__), implicit chaining (__context__), and from None.

class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e


try:
    parse_port("http")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)


def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")


try:
    implicit()
except RuntimeError as e:
    print("error:", e)
    print("cause:", e.__cause__)
    print("context:", type(e.__context__).__name__, e.__context__)


def hidden():
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None


try:
    hidden()
except LookupError as e:
    print("error:", e, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)
    print("context still recorded:", type(e.__context__).__name__)

try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(repr(e), repr(e.__cause__))


def chain_depth(exc):
    depth = 0
    while exc is not None:
        depth += 1
        exc = exc.__cause__ or exc.__context__
    return depth


try:
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise ValueError("level 2") from a
    except ValueError:
        raise TypeError("level 3")
except TypeError as e:
    print("chain depth:", chain_depth(e))

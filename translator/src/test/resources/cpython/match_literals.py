# match with literal patterns, alternatives, capture, wildcard and guards.

def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302 | 307:
            return "redirect"
        case 404:
            return "not found"
        case 418:
            return "teapot"
        case n if 500 <= n < 600:
            return f"server error {n}"
        case _:
            return "unknown"


for code in [200, 302, 404, 418, 503, 600, 100]:
    print(code, http_status(code))


def describe(value):
    match value:
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case "" | "empty":
            return "empty string"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string {s!r}"
        case float(f):
            return f"float {f}"
        case int(n) if n < 0:
            return "negative int"
        case other:
            return f"other {other!r}"


for v in [None, True, False, 0, 0.0, "", "empty", "42", "hi", 2.5, -3, 7, [1]]:
    print(repr(v), "->", describe(v))


def command(text):
    match text.split():
        case ["quit"] | ["exit"]:
            return "bye"
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"cannot go {direction}"
        case _:
            return "?"


for t in ["quit", "exit", "go north", "go west", "dance now", ""]:
    print(repr(t), command(t))

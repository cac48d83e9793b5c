# An uncaught exception raised from another: the program ends with status 1.

class ParseError(Exception):
    pass


def parse_all(lines):
    result = []
    for number, line in enumerate(lines, 1):
        try:
            result.append(int(line))
        except ValueError as e:
            raise ParseError(f"line {number}: {line!r} is not a number") from e
        print("parsed", line)
    return result


print(parse_all(["1", "2"]))
print(parse_all(["3", "four", "5"]))
print("unreachable")

# A small command line tool: validates its arguments and exits with 2 on misuse (see .args).
import sys


def usage():
    print("usage: tool COMMAND NUMBER...", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) < 2:
        usage()
    command, *rest = argv
    try:
        numbers = [int(x) for x in rest]
    except ValueError as e:
        print(f"tool: {e}")
        sys.exit(2)
    if command == "sum":
        print(sum(numbers))
    elif command == "max":
        print(max(numbers))
    else:
        print(f"tool: unknown command {command!r}")
        sys.exit(2)


main(["sum", "1", "2", "3"])
main(["max", "5", "-1"])
main(sys.argv[1:])
print("not reached")

# sys.exit with a string prints it to stderr and exits with status 1; SystemExit can be caught.
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit with code", e.code)

try:
    sys.exit()
except SystemExit as e:
    print("no argument gives code", e.code)

try:
    raise SystemExit("text code")
except SystemExit as e:
    print("string code:", e.code)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

try:
    sys.exit(2)
except Exception:
    print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

print("fatal: configuration missing, exiting")
sys.exit("configuration missing")

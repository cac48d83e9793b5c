"""The exit() and quit() of the site module: SystemExit with their code, as values, and their argument errors."""

for call in (lambda: exit(), lambda: exit(3), lambda: quit("message"), lambda: exit(code=4), lambda: quit(None)):
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)

# both close sys.stdin before raising
import sys

for read in (lambda: input("prompt> "), sys.stdin.readline, sys.stdin.read):
    try:
        read()
    except ValueError as e:
        print("ValueError:", e)

print(repr(exit), str(quit), type(exit).__name__, callable(quit))
stop = exit
try:
    stop(5)
except SystemExit as e:
    print("through a name:", e.code)

for call in (lambda: exit(1, 2), lambda: quit(foo=1), lambda: exit(1, code=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

try:
    exit(7)
finally:
    print("finally runs before the exit")

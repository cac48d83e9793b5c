# sys.exit(0) and sys.exit(None) end the program successfully; code after them does not run.
import sys


def main():
    for i in range(10):
        print("step", i)
        if i == 3:
            print("done early")
            return 0
    return 1


def cleanup():
    print("cleanup before exit")


code = main()
try:
    if code == 0:
        sys.exit(0)
finally:
    cleanup()
print("unreachable")

# never reached: sys.exit(0) above ends the program
print("also unreachable")

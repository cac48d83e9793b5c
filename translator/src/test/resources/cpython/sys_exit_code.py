# sys.exit(n) ends the program with status n after running finally blocks; output so far is kept.
import sys


def check(values):
    bad = [v for v in values if v < 0]
    if bad:
        print("negative values:", bad)
        return 3
    return 0


try:
    print("checking")
    status = check([1, -2, 3, -4])
    if status:
        sys.exit(status)
    print("not reached")
finally:
    print("finally runs on sys.exit")

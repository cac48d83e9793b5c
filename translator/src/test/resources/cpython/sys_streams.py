# sys.stdout and sys.stderr: write, print(file=...), interleaving; only stdout is compared.
import sys

sys.stdout.write("first line via write\n")
print("second line via print")
print("error line", file=sys.stderr)
sys.stderr.write("another error\n")
count = sys.stdout.write("partial ")
sys.stdout.write(f"line, wrote {count} chars\n")
print("to stdout explicitly", file=sys.stdout)
sys.stdout.flush()
lines = ["alpha", "beta", "gamma"]
sys.stdout.write("\n".join(lines) + "\n")
print(sys.argv[1:], len(sys.argv))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[0], sys.version_info >= (3, 8))
print(type(sys.stdin).__name__ != "", sys.stdout is not sys.stderr)
for i in range(3):
    sys.stdout.write(f"{i}")
    sys.stderr.write(f"[{i}]")
sys.stdout.write("\n")
print("sep", "end", sep="|", end="!\n", file=sys.stdout)
print("done")

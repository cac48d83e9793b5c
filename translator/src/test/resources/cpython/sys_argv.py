# sys.argv: the script name first, then the arguments as strings (see sys_argv.args).
import sys

print(len(sys.argv))
print(sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1])
args = sys.argv[1:]
print(args)
flags = [a for a in args if a.startswith("--")]
positional = [a for a in args if not a.startswith("--")]
print("flags:", flags)
print("positional:", positional)
numbers = [int(a) for a in positional if a.lstrip("-").isdigit()]
print("sum of numbers:", sum(numbers))
options = dict(f[2:].split("=", 1) if "=" in f else (f[2:], "true") for f in flags)
print(options)
for i, arg in enumerate(args, start=1):
    print(f"argv[{i}] = {arg!r} ({len(arg)} chars)")
if "--verbose" in args:
    print("verbose mode")
print("empty arguments:", sum(1 for a in args if a == ""))
print("argv is a list of str:", type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))

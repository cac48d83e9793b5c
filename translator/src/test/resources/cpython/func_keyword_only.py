# Parameters after * (or *args) can only be passed by keyword; errors use CPython's wording.

def connect(host, *, port=80, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port}"


print(connect("example.org"))
print(connect("example.org", port=8080))
print(connect("example.org", secure=True, port=443))


def clamp(value, *, low, high):
    return max(low, min(high, value))


print(clamp(15, low=0, high=10))
print(clamp(-5, high=10, low=0))
print(clamp(5, low=0, high=10))


def log(*messages, sep=" ", prefix="[log]"):
    return prefix + " " + sep.join(messages)


print(log("a", "b", "c"))
print(log("a", "b", sep="|", prefix="[dbg]"))

try:
    connect("example.org", 8080)
except TypeError as e:
    print("TypeError:", e)

try:
    clamp(5, low=0)
except TypeError as e:
    print("TypeError:", e)

try:
    clamp(5)
except TypeError as e:
    print("TypeError:", e)

try:
    connect("a", colour="red")
except TypeError as e:
    print("TypeError:", e)

try:
    connect()
except TypeError as e:
    print("TypeError:", e)

try:
    connect("a", host="b")
except TypeError as e:
    print("TypeError:", e)


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

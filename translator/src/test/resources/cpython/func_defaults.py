# Default parameter values are evaluated once, at definition time.

def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


print(greet("world"))
print(greet("world", "Hi"))
print(greet("world", punctuation="?"))
print(greet(greeting="Bye", name="you"))

counter = 10


def snapshot(value=counter):
    return value


counter = 20
print(snapshot())
print(snapshot(5))


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safe(1))
print(append_safe(2))


def power(base, exponent=2, modulo=None):
    if modulo is None:
        return base ** exponent
    return pow(base, exponent, modulo)


print(power(5))
print(power(2, 10))
print(power(2, 10, 1000))
print(power(3, modulo=5))
print(power.__defaults__)
print(greet.__defaults__)

# global lets a function rebind module-level names; reading needs no declaration.

counter = 0
log = []
LIMIT = 3


def increment():
    global counter
    counter += 1
    return counter


def record(message):
    log.append(message)


def over_limit():
    return counter > LIMIT


for _ in range(5):
    increment()
    record(f"count={counter} over={over_limit()}")
print(counter)
print(log)


def reset():
    global counter, log
    counter = 0
    log = ["reset"]


reset()
print(counter, log)


def shadow():
    counter = 99
    return counter


print(shadow(), counter)


def create_global():
    global created
    created = "made inside a function"


create_global()
print(created)

try:
    def broken():
        print(undefined_name)
    broken()
except NameError as e:
    print("NameError:", e)


def local_before_assignment():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


local_before_assignment()
print(isinstance(UnboundLocalError(), NameError))

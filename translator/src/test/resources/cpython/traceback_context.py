"""Tracebacks of an exception raised while another was handled: each shows the frames from where it was caught to
where it was raised."""


def readings(values):
    for v in values:
        yield 100 / v


def average(values):
    try:
        found = list(readings(values))
        return sum(found) / len(found)
    except ZeroDivisionError:
        log = {"errors": 1}
        return log["warnings"]


print(average([1, 2, 4]))
print(average([5, 0, 1]))

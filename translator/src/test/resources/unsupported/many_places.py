import socket


def f(s):
    return eval(s)


class A(metaclass=type):
    z = memoryview(b"")


print(exec('pass'), ...)

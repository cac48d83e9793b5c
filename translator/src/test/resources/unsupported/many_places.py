import socket


def f(s):
    return eval(s)


class A(metaclass=f):
    z = memoryview(b"")


print(exec('pass'), ...)

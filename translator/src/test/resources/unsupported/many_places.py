import socket


def f(s):
    return eval(s)


class A(metaclass=type):
    z = 1j


print(exec('pass'), ...)

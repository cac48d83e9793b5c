class A:
    names = dir()

def f():
    return dir()

def f():
    return locals()

print(globals)

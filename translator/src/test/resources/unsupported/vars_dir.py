class A:
    pass


print(vars(A()), [dir() for x in A.__mro__])

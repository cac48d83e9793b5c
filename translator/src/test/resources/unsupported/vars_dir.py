class A:
    pass


print(vars(A()), dir(A))

x = 2
print(eval('x + 1'))

x = 3
breakpoint()
print(x)

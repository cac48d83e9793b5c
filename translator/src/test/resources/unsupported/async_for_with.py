class A:
    pass


async for x in A():
    pass

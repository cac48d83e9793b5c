class Base:
    def __init_subclass__(cls, flag=False):
        pass


class A(Base, flag=True):
    pass

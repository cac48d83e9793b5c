# Multiple inheritance: C3 linearisation and cooperative super() calls through a diamond.

class Root:
    def __init__(self):
        self.trail = ["Root"]

    def who(self):
        return "Root"

    def chain(self):
        return ["Root"]


class Left(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return "Left"

    def chain(self):
        return ["Left"] + super().chain()


class Right(Root):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return "Right"

    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")

    def chain(self):
        return ["Bottom"] + super().chain()


class Other(Right, Left):
    pass


b = Bottom()
print([c.__name__ for c in Bottom.__mro__])
print(b.trail)
print(b.chain())
print(b.who())
print([c.__name__ for c in Other.__mro__])
print(Other().who(), Other().chain())

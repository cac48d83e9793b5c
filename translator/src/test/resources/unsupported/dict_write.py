class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.__dict__, vars(p)["x"])
p.__dict__["y"] = 2
vars(p)["z"] = 3
del p.__dict__["x"]
p.__dict__.update(w=4)
vars(p).setdefault("v", 5)

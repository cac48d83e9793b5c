"""Python names that Java reserves, beside the same names with underscores added, and a function named run."""

new = 1
new_ = 2
new__ = 3
print(new, new_, new__)


def run():
    return "run called"


def run_(x):
    return f"run_({x})"


print(run(), run_(1))


def scope(this, this_=10):
    _ = this + this_
    __ = _ * 2
    int_ = [this, this_, _, __]
    for class_ in int_:
        yield class_


print(list(scope(1)), list(scope(1, this_=5)))


class Record:
    def __init__(self, default, default_):
        self.default = default
        self.default_ = default_

    def run(self):
        return (self.default, self.default_)


print(Record("a", "b").run(), getattr(Record(1, 2), "default_"))
lambda_ = lambda static, static_: static - static_
print(lambda_(5, 3), lambda_(static_=5, static=3))

"""obj[key] = value evaluates the value first, then the container, then the key, whatever each may run."""


class Loud:
    def __init__(self):
        self.reads = 0
        self.table = {}

    @property
    def key(self):
        self.reads += 1
        print("read key", self.reads)
        return self.reads

    @property
    def box(self):
        print("read box")
        return self.table


def value(v):
    print("value", v)
    return v


def main():
    o = Loud()
    o.box[o.key] = o.key * 10
    o.box[o.key] = value(5)
    d = {}
    d[value("k")] = value("v")
    print(o.table, d)


main()

"""An attribute assignment evaluates the value before the object whose attribute it sets."""


class O:
    pass


o = O()


def obj(tag):
    print("object", tag)
    return o


def value(tag):
    print("value", tag)
    return tag


obj(1).x = value(1)
obj(2).y = obj(3).x = value(2)
print(o.x, o.y)
try:
    missing.x = value(3)
except NameError as e:
    print("NameError:", e)


def inside():
    p = O()
    obj(4).z = value(4) * 2.5
    p.w = value(5)
    items = [p]
    items[0].v = value(6)
    try:
        items[1].v = value(7)
    except IndexError as e:
        print("IndexError:", e)
    return p.w, p.v, o.z


print(inside())

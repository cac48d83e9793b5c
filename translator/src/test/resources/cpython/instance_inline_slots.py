"""Instances whose attributes straddle the slots kept in the instance itself and the ones kept in an array:
deletion, re-adding, other insertion orders, dynamic access by name, vars(), and numbers read as objects."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Wide:
    def __init__(self, n):
        self.a = n
        self.b = n * 1.5
        self.c = "c%d" % n
        self.d = n + 1
        self.e = [n]
        self.f = n * 0.25


class Reordered(Wide):
    def __init__(self, n):
        self.f = -1.0
        self.z = "first"
        super().__init__(n)


def show(label, obj):
    print(label, sorted(vars(obj).items(), key=lambda kv: kv[0]), list(vars(obj)))


p = Point(1, 2)
show("point", p)
del p.x
show("deleted x", p)
p.x = 10
show("re-added x", p)
print(p.x, p.y)

w = Wide(3)
show("wide", w)
for round in range(3):
    w.b = w.b + 1.0
    w.d = w.d * 7
    w.f = w.f - 0.5
print(w.b, w.d, w.f)
kept = w.b
print("same box twice:", w.b is w.b, kept is w.b)
w.b = kept
print("stored box read back:", w.b is kept)
del w.c
show("wide without c", w)
print(w.a, w.b, w.d, w.e, w.f)
w.c = "back"
show("c re-added last", w)
setattr(w, "g", 2 ** 70)
print(getattr(w, "g"), hasattr(w, "c"))
delattr(w, "a")
show("without a", w)
setattr(w, "h", 4.5)
print(w.h, vars(w)["b"])
w.d = w.d ** 30
print("int past 64 bits:", w.d)
w.f = 3
print("float slot given an int:", w.f, type(w.f).__name__)
w.b = "text"
print("float slot given a str:", w.b)

r = Reordered(5)
show("reordered", r)
for k in range(4):
    r.f += 0.125
    r.d += k
print(r.f, r.d, r.z)

many = [Wide(k) for k in range(200)]
total = 0.0
for m in many:
    m.b *= 2.0
    total += m.b + m.f + m.d
print(total)
for k, m in enumerate(many):
    if k % 3 == 0:
        del m.e
print(sum(len(vars(m)) for m in many), many[3].b, many[4].e)

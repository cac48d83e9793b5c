"""Calls whose value is None, used as values: print(), list methods, random.shuffle, time.sleep, in lambdas too."""
import random
import time


class Box:
    pass


x = print("hi")
print(x)
y = [print("a"), print("b")]
print(y)
z = print("k", end="!\n")
print(z)
print(print("nested"))
g = lambda: print("in lambda", sep="-")
print(g())

b = Box()
b.hook = lambda: print("hooked")
print(b.hook())
handlers = {"x": lambda: print("x handler")}
handlers["x"]()


def make():
    o = Box()
    o.cb = lambda n: print("cb", n)
    return o


make().cb(3)

xs = [3, 1, 2]
r = xs.append(4)
print(r, xs)
print(xs.sort(), xs)
print(xs.reverse(), xs)
print(xs.insert(0, 9), xs.extend([7]), xs.clear(), xs)
d = {"a": 1}
print(d.clear(), d.update(b=2), d)
s = {1}
print(s.add(2), s.discard(1), s)
rnd = random.Random(5)
items = list(range(6))
print(rnd.shuffle(items), items)
print(time.sleep(0))
act = [lambda: xs.append(5), lambda: print("second")]
print([f() for f in act], xs)

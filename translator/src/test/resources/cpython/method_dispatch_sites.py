"""Method sites that call the module's own methods directly: every way the receiver's method can stop being the
one the site knows (replaced on the class, shadowed on the instance, a subclass seen late, too many classes in
turn, a method taken as a bound method and called later) must give CPython's result."""


class Task:
    def __init__(self, ident: int) -> None:
        self.ident = ident

    def ready(self) -> bool:
        return True

    def step(self, by: int) -> int:
        return self.ident + by

    def pair(self, a: int, b: int) -> tuple:
        return (self.ident, a, b)

    def triple(self, a, b, c):
        return [self.ident, a, b, c]


class Fast(Task):
    def step(self, by: int) -> int:
        return self.ident * 100 + by


def run(tasks: list, rounds: int) -> int:
    total = 0
    for _ in range(rounds):
        for t in tasks:
            if t.ready():
                total += t.step(1)
    return total


# monomorphic for a long time, then a subclass appears at the same site
tasks = [Task(k) for k in range(5)]
print(run(tasks, 200))
tasks.append(Fast(7))
print(run(tasks, 3))


class Late(Task):
    def ready(self) -> bool:
        return self.ident % 2 == 0


print(run([Late(1), Late(2), Task(3)], 4))

# the method replaced on the class at run time, then restored
original = Task.step
Task.step = lambda self, by: -by
print(run(tasks, 2))
Task.step = original
print(run(tasks, 2))


# replaced by another method of the module, with the same name and body shape
class Other:
    def step(self, by: int) -> int:
        return 1000 + by


Task.step = Other.step
print(run([Task(1)], 1))
Task.step = original

# an instance attribute shadows the method for that instance only
odd = Task(9)
odd.step = lambda by: "shadowed %d" % by
print([t.step(2) for t in [Task(1), odd, Task(2)]])
del odd.step
print(odd.step(2))
odd.ready = False
try:
    run([odd], 1)
except TypeError as e:
    print("TypeError:", e)
del odd.ready


# a site that sees more classes than it keeps, then only one again
def make(n: int) -> type:
    class K(Task):
        def step(self, by: int) -> int:
            return n * 10 + by

    return K


many = [make(n)(n) for n in range(8)]
print(run(many, 3))
print(run([Task(4)], 50))
print(run(many + [Fast(1)], 2))

# bound methods stored and called later, after the class changed
t = Task(5)
bound_step = t.step
bound_pair = Fast(6).pair
Task.step = lambda self, by: "new"
print(bound_step(1), t.step(1), bound_pair(1, 2))
Task.step = original
print(bound_step.__self__ is t, bound_step.__func__ is original)

# two and three arguments, and the wrong number of arguments
print(t.pair(1, 2), Fast(2).pair("a", None), t.triple(1, 2, 3))
try:
    t.step()
except TypeError as e:
    print("TypeError:", e)
try:
    t.pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


# static and class methods of the same name as a known method
class Static(Task):
    @staticmethod
    def step(by):
        return "static %s" % by


class Klass(Task):
    @classmethod
    def step(cls, by):
        return "%s %s" % (cls.__name__, by)


print([x.step(3) for x in [Task(1), Static(1), Klass(1), Fast(1)]])


# a receiver of a built-in type calling a name the module's classes define
class Box:
    def append(self, x) -> None:
        print("Box.append", x)

    def get(self, key, default=None):
        return ("Box.get", key, default)


items = [Box(), [], {}]
for it in items:
    it.append(1) if not isinstance(it, dict) else None
    if isinstance(it, (Box, dict)):
        print(it.get("k", 2))
print(items[1])



# constructor sites: the class's own __init__ runs directly until the class or the name changes
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def pts(n):
    return [Pt(i, i + 1) for i in range(n)]


print([(p.x, p.y) for p in pts(3)])
Pt.__init__ = lambda self, x, y: setattr(self, "x", x * 10)
print([vars(p) for p in pts(2)])


class Pt:
    def __init__(self, x, y):
        self.s = x + y


print([vars(p) for p in pts(2)])


class Sub(Pt):
    pass


Pt = Sub
print([(type(p).__name__, vars(p)) for p in pts(2)])


def bad_init(self, x, y):
    return 5


Sub.__init__ = bad_init
try:
    pts(1)
except TypeError as e:
    print("TypeError:", e)


# super() calls: the base's method is found again whenever a class on the way changes
class Base:
    def __init__(self, tag, size=1):
        self.tag = tag
        self.size = size

    def grow(self, by):
        self.size += by
        return self.size

    @staticmethod
    def kind():
        return "static base"

    @property
    def label(self):
        return "label " + self.tag


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, tag):
        super().__init__(tag, size=10)

    def grow(self, by):
        return ("leaf", super().grow(by * 2))

    def kind(self):
        return super().kind() + " via leaf"

    def describe(self):
        return super().label


leaf = Leaf("x")
out = []
for i in range(6):
    out.append(leaf.grow(i))
    if i == 2:
        Mid.grow = lambda self, by: ("mid", by)
    if i == 4:
        del Mid.grow
print(out, leaf.kind(), leaf.describe())
grow = leaf.grow
Base.grow = lambda self, by: "replaced %d" % by
print(grow(1), [grow(k) for k in range(2)])
try:
    super(Leaf, leaf).grow()
except TypeError as e:
    print("TypeError:", e)


# classes whose methods' Java names are those of the sites' dispatchers
class get:
    def call(self, a, b):
        return ("get.call", a, b)

    def call2(self, a, b):
        return ("get.call2", a, b)


print(get().call(1, 2), get().call2(3, 4), Box().get("z", 3), {"z": 1}.get("z", 0))

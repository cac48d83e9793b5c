"""Methods that always return a bool, called where their result is tested (if, while, and/or) and elsewhere:
subclasses returning other types, methods replaced on the class or shadowed on an instance, results whose
__bool__ runs code or raises, receivers that are not instances."""


class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("  Flag.__bool__", self.value)
        return self.value > 0


class Broken:
    def __bool__(self):
        raise ValueError("no truth here")


class Box:
    def __init__(self, items):
        self.items = list(items)

    def ready(self) -> bool:
        return True

    def empty(self):
        return not self.items

    def big(self):
        if len(self.items) > 2:
            return True
        return False

    def checked(self):
        try:
            return bool(self.items)
        finally:
            print("  checked", len(self.items))


class Queue(Box):
    def ready(self) -> bool:
        return bool(self.items)


class Counting(Box):
    def ready(self):
        # not a bool: the test takes its truth
        return len(self.items)


class Lazy(Box):
    def ready(self):
        return Flag(len(self.items) - 1)


class Raising(Box):
    def ready(self):
        return Broken()


def poll(boxes, label):
    out = []
    for b in boxes:
        if b.ready() and not b.empty():
            out.append(type(b).__name__)
        elif b.big() or b.checked():
            out.append("?" + type(b).__name__)
        else:
            out.append("-")
    print(label, out)


boxes = [Box([]), Queue([]), Queue([1]), Counting([]), Counting([1, 2, 3]), Lazy([1]), Lazy([1, 2])]
for rnd in range(3):
    poll(boxes, "round %d" % rnd)

# the results themselves, where they are not tested
print([b.ready() for b in boxes[:5]], boxes[2].ready() + 1, str(boxes[1].ready()), repr(boxes[0].empty()))

# while loops draining a queue
q = Queue([3, 1, 2])
while q.ready():
    print("  pop", q.items.pop())
print("drained", q.items, q.ready(), q.empty())

# a method replaced on the class: the tested call takes the new one
Queue.ready = lambda self: len(self.items) * 2
poll(boxes, "replaced")
Queue.ready = lambda self: "yes" if self.items else ""
poll(boxes, "replaced again")
del Queue.ready
poll(boxes, "inherited")

# a method shadowed on one instance
special = Queue([])
special.ready = lambda: [0]
poll([special, Queue([])], "shadowed")
special.ready = lambda: Flag(0)
poll([special], "shadowed by a flag")

# a result whose truth raises
try:
    poll([Raising([1])], "raising")
except ValueError as e:
    print("ValueError:", e)

# a method that raises, under a test
class Failing(Box):
    def ready(self) -> bool:
        raise KeyError("ready")


try:
    poll([Box([1]), Failing([1])], "failing")
except KeyError as e:
    print("KeyError:", e)

# receivers that are not instances of these classes
print(Box.ready(Queue([])), Queue.empty(Box([1])))
for thing in [Box([1]).ready, Queue([]).checked]:
    if thing():
        print("bound true", thing.__name__)
    else:
        print("bound false", thing.__name__)


class NotABox:
    def ready(self):
        return 0


for b in [NotABox(), Box([]), NotABox()]:
    while b.ready():
        print("never for NotABox")
        break
    print("after", type(b).__name__)

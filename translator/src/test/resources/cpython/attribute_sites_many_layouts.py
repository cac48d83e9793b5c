"""Attribute and method sites that see more layouts than they cache: six classes, attributes added in different
orders, attributes deleted and re-added, a method replaced on the class and set on an instance mid-loop."""


class Node:
    def __init__(self, ident: int) -> None:
        self.ident = ident
        self.runs = 0

    def ready(self) -> bool:
        return True

    def weight(self) -> int:
        return 1


class A(Node):
    def weight(self) -> int:
        return 2


class B(Node):
    def __init__(self, ident: int) -> None:
        self.runs = 0
        self.ident = ident


class C(Node):
    def __init__(self, ident: int) -> None:
        self.extra = "c"
        super().__init__(ident)


class D(A):
    def ready(self) -> bool:
        return self.ident % 2 == 0


class E(Node):
    def __init__(self, ident: int) -> None:
        super().__init__(ident)
        self.runs = "none yet"


class Point:
    def __init__(self, x: int, y: int, flip: bool) -> None:
        if flip:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y


def tick(nodes: list, rounds: int) -> int:
    total = 0
    for r in range(rounds):
        for n in nodes:
            if n.ready():
                total += n.ident * n.weight()
                n.runs = n.runs + 1 if isinstance(n.runs, int) else 1
    return total


def main() -> None:
    nodes = [Node(1), A(2), B(3), C(4), D(5), E(6), D(8)]
    print("total", tick(nodes, 50))
    print([n.runs for n in nodes])

    A.weight = lambda self: 10
    print("after replacing A.weight", tick(nodes, 3))
    nodes[2].weight = lambda: 100
    print("after setting weight on a B", tick(nodes, 3))
    del nodes[2].weight
    print("after deleting it again", tick(nodes, 3))

    del nodes[0].runs
    try:
        tick(nodes, 1)
    except AttributeError as e:
        print("AttributeError:", e)
    nodes[0].runs = 7
    del nodes[3].extra
    nodes[3].extra = "back"
    print("after deleting and re-adding", tick(nodes, 2), nodes[0].runs, nodes[3].extra)
    print(sorted(vars(nodes[3]).items()))

    sx = 0
    sy = 0
    points = [Point(k, 10 * k, k % 3 == 0) for k in range(30)]
    for p in points:
        sx += p.x
        sy += p.y
    print("points", sx, sy, list(vars(points[0])), list(vars(points[1])))
    for k, p in enumerate(points):
        if k % 4 == 0:
            del p.x
            p.x = -k
        p.y += 1
    print("points after", sum(p.x for p in points), sum(p.y for p in points), list(vars(points[4])))


main()

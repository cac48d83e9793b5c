"""Binary trees: allocate many short-lived perfect trees and one long-lived tree, checking node counts."""
import sys

class Node:
    def __init__(self, left: "Node | None", right: "Node | None") -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        if self.left is None or self.right is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def main(max_depth: int) -> None:
    min_depth = 4
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {make_tree(stretch_depth).check()}")
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += make_tree(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)

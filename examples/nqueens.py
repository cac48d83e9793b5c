"""N-queens: count all solutions by backtracking with bit masks, and print the first solution for each size."""
import sys


def count_solutions(n: int) -> int:
    full = (1 << n) - 1

    def place(columns: int, left: int, right: int) -> int:
        if columns == full:
            return 1
        total = 0
        free = full & ~(columns | left | right)
        while free:
            bit = free & -free
            free -= bit
            total += place(columns | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return place(0, 0, 0)


def first_solution(n: int) -> list[int]:
    queens: list[int] = []

    def safe(col: int) -> bool:
        row = len(queens)
        for r, c in enumerate(queens):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def solve() -> bool:
        if len(queens) == n:
            return True
        for col in range(n):
            if safe(col):
                queens.append(col)
                if solve():
                    return True
                queens.pop()
        return False

    solve()
    return queens


def show(queens: list[int]) -> str:
    return "\n".join("".join("Q" if c == col else "." for c in range(len(queens))) for col in queens)


for size in range(4, (int(sys.argv[1]) if len(sys.argv) > 1 else 13) + 1):
    print(f"{size:2d} queens: {count_solutions(size):6d} solutions, first {first_solution(size)}")
print(show(first_solution(8)))

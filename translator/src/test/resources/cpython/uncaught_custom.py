# An uncaught custom exception raised from nested calls, with finally blocks running on the way out.

class BudgetExceeded(Exception):
    def __init__(self, spent, limit):
        super().__init__(f"spent {spent} of {limit}")


def spend(amounts, limit):
    total = 0
    for amount in amounts:
        total += amount
        print("running total", total)
        if total > limit:
            raise BudgetExceeded(total, limit)
    return total


def plan():
    try:
        return spend([10, 20, 30, 40], 55)
    finally:
        print("closing the books")


print("result:", spend([1, 2], 10))
plan()
print("unreachable")

"""Augmented assignments to an attribute hinted as a float: typed while it holds floats, in place otherwise."""
class Acc:
    def __init__(self, total: float) -> None:
        self.total = total




def bump(acc, k: float):
    acc.total += k * 2.0
    acc.total -= k
    acc.total *= 1.5


a = Acc(1.0)
bump(a, 0.5)
print(a.total)
alias = [1.0]
setattr(a, "total", alias)
try:
    bump(a, 0.5)
except TypeError as e:
    print("TypeError:", e)
print(a.total, a.total is alias)
a.total = 10**20
bump(a, 1.0)
print(a.total)

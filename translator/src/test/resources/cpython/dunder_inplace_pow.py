# In-place operators and __pow__/__mod__: __iadd__ mutates and returns self, so aliases see the change;
# without __iadd__ the name is rebound to a new object.

class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n += k
        return self


cnt = Counter()
alias = cnt
cnt += 5
cnt += 2
print(cnt.n, alias is cnt)


class Modular:
    def __init__(self, v, m):
        self.v = v % m
        self.m = m

    def __pow__(self, e):
        return Modular(pow(self.v, e, self.m), self.m)

    def __mod__(self, m):
        return Modular(self.v, m)

    def __repr__(self):
        return f"{self.v} (mod {self.m})"


print(Modular(3, 7) ** 100, Modular(10, 7) % 3)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


wallet = Money(100)
same = wallet
wallet += Money(50)
print(wallet.cents, same.cents, wallet is same)

# A plain class: __init__, instance attributes, methods, and the default object behaviour.

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def statement(self):
        lines = [f"Account of {self.owner}"]
        for kind, amount in self.history:
            lines.append(f"  {kind:<8} {amount:>6}")
        lines.append(f"  balance  {self.balance:>6}")
        return "\n".join(lines)


acc = Account("Grace")
print(acc.deposit(100))
print(acc.withdraw(30))
print(acc.deposit(5))
try:
    acc.withdraw(1000)
except ValueError as e:
    print("error:", e)
try:
    acc.deposit(-1)
except ValueError as e:
    print("error:", e)
print(acc.statement())

other = Account("Linus", 10)
print(other.balance, acc.balance)
print(type(acc).__name__, Account.__name__)
print(acc == acc, acc == other)
print(isinstance(acc, Account), isinstance(acc, object))

acc.nickname = "G"
print(acc.nickname)
print(hasattr(acc, "nickname"), hasattr(other, "nickname"))
print(getattr(other, "nickname", "none"))
setattr(other, "owner", "Linus T.")
print(other.owner)
method = acc.deposit
print(method(1))
print(Account.deposit(acc, 1))

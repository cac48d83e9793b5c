# A small bank: classes, custom exceptions, class attributes, properties and a transaction log.

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class Account:
    next_number = 1000
    fee = 0.0

    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = opening
        self.log = [("open", opening)]

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self._balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        total = amount + self.fee
        if total > self._balance:
            raise InsufficientFunds(self, total)
        self._balance -= total
        self.log.append(("withdraw", total))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance:.2f})"


class Checking(Account):
    fee = 0.25


class Savings(Account):
    rate = 0.02

    def add_interest(self):
        interest = self._balance * self.rate
        self.deposit(interest)
        return round(interest, 2)


def transfer(source, target, amount):
    source.withdraw(amount)
    target.deposit(amount)


alice = Checking("alice", 100)
bob = Savings("bob", 250.5)
print(alice, bob)
transfer(alice, bob, 40)
print(alice, bob)
print("interest:", bob.add_interest(), bob)
for amount in [100, -5, 59.75]:
    try:
        transfer(alice, bob, amount)
        print("transferred", amount)
    except InsufficientFunds as e:
        print("refused:", e, f"short by {e.shortfall:.2f}")
    except ValueError as e:
        print("invalid:", e)
print(alice, bob)
print(alice.log)
print([kind for kind, _ in bob.log], Account.next_number)

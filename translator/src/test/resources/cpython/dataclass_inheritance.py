# Dataclass inheritance: fields accumulate base first, overrides keep position, __post_init__ and methods.
from dataclasses import dataclass, field, fields


@dataclass
class Employee:
    name: str
    salary: float
    skills: list = field(default_factory=list)

    def raise_salary(self, percent):
        self.salary = round(self.salary * (1 + percent / 100), 2)
        return self.salary


@dataclass
class Manager(Employee):
    reports: list = field(default_factory=list)
    bonus: float = 0.0

    def __post_init__(self):
        if self.bonus == 0.0:
            self.bonus = self.salary * 0.1

    def team_size(self):
        return len(self.reports)


@dataclass
class Contractor(Employee):
    salary: float = 50.0
    agency: str = "independent"


alice = Employee("alice", 5000.0, ["python"])
bob = Employee("bob", 4200.0)
carol = Manager("carol", 7000.0, ["leading"], [alice, bob])
dan = Contractor("dan")
print(alice)
print(carol)
print(dan)
print(alice.raise_salary(10), carol.raise_salary(5), carol.bonus, carol.team_size())
print([f.name for f in fields(Manager)])
print(isinstance(carol, Employee), carol == Manager("carol", 7350.0, ["leading"], [alice, bob], 700.0))
print(Contractor("eve", agency="acme"), Contractor("fay", 80.0))
staff = [alice, bob, carol, dan]
print(sorted((e.name for e in staff), key=len), sum(e.salary for e in staff))

# @dataclass(order=True) compares instances as tuples of their fields, in declaration order.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2), Version(2)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(max(versions), min(versions))
print(Version(1, 2) < Version(1, 2, 1), Version(1, 3) > Version(1, 2, 9), Version(1) <= Version(1))


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False)


jobs = [Job(3, "backup"), Job(1, "alert"), Job(2, "report"), Job(1, "page")]
print(sorted(jobs))
print(Job(1, "a") == Job(1, "b"))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Student:
    grade: float
    name: str


students = [Student(3.5, "zoe"), Student(3.9, "amy"), Student(3.5, "bob")]
for s in sorted(students):
    print(s)


@dataclass
class Unordered:
    v: int


try:
    Unordered(1) < Unordered(2)
except TypeError as e:
    print("TypeError:", e)

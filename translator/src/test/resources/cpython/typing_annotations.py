# Type annotations are not enforced at run time; typing constructs in signatures, variables and classes.
from typing import Optional, Union, List, Dict, Tuple, Callable, Iterator, Any, TypeVar, Generic

T = TypeVar("T")


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


def apply(f: Callable[[int], int], value: int = 0) -> int:
    return f(value)


def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def parse(value: Union[int, str]) -> int:
    return value if isinstance(value, int) else int(value)


def modern(values: list[int], lookup: dict[str, float] | None = None) -> tuple[int, ...]:
    return tuple(values)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


count: int = 0
label: str = "x"
ratio: float
print(first([3, 2]), first([]), apply(lambda x: x + 1), apply(abs, -5))
print(pairs({"b": 2, "a": 1}), list(countdown(3)), parse("42"), parse(7), modern([1, 2]))
s: Stack[int] = Stack()
s.push(1)
s.push("not an int, and nobody checks")
print(s.pop(), s.pop())
not_enforced: int = "a string"
print(not_enforced, count, label, "ratio" in globals())
value: Any = [1]
print(value)

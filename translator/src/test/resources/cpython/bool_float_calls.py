"""bool() and float() called directly, through another name, and with arguments they refuse."""
from collections import deque
class E:
    def __bool__(self):
        print("bool called")
        return False
class L:
    def __len__(self):
        return 3
d = deque()
print(bool(d), bool(), bool(0), bool(0.0), bool(""), bool("x"), bool(E()), bool(L()), bool([0]), bool(None))
d.append(1)
print(bool(d))
def f(x) -> bool:
    return bool(x)
print(f(2), f(0), f([]))
b = bool
print(b(1))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
for f in (bool, float):
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
    try:
        f(x=1)
    except TypeError as e:
        print(e)

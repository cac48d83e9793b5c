"""collections' classes as classes: type(), isinstance, issubclass, reprs, __module__ and calls through type()."""
import collections
from collections import Counter, OrderedDict, defaultdict, deque

values = [OrderedDict(a=1), defaultdict(list), Counter("abracadabra"), deque([1, 2], maxlen=3)]
for v in values:
    t = type(v)
    print(t.__name__, t, t.__module__, t is getattr(collections, t.__name__))
    copy = t(v.default_factory, v) if t is defaultdict else t(v)
    print("  again:", copy == v, isinstance(v, dict), isinstance(v, t))

print(isinstance(OrderedDict(), OrderedDict), isinstance({}, OrderedDict), isinstance(Counter(), Counter),
      isinstance({}, Counter), isinstance(defaultdict(int), defaultdict), isinstance(deque(), deque),
      isinstance([], deque), isinstance(OrderedDict(), (list, OrderedDict)))
print(issubclass(OrderedDict, dict), issubclass(Counter, dict), issubclass(defaultdict, dict),
      issubclass(deque, dict), issubclass(OrderedDict, OrderedDict), issubclass(dict, OrderedDict))
print(OrderedDict, Counter, defaultdict, deque, dict, collections.OrderedDict is OrderedDict)
print(OrderedDict.fromkeys("ab", 0), type(OrderedDict.fromkeys("xy")).__name__)


def describe(x):
    match x:
        case Counter():
            return "counter " + str(x.most_common(1))
        case OrderedDict():
            return "ordered " + str(list(x))
        case dict():
            return "dict " + str(len(x))
        case deque():
            return "deque " + str(list(x))
    return "other"


for v in values + [{}, [1]]:
    print(describe(v))

print(defaultdict(list, [(1, 2)], x=3), defaultdict(None, a=1), defaultdict(int, {"z": 1}), defaultdict(a=1))
for make in (lambda: defaultdict(1), lambda: defaultdict("x"), lambda: defaultdict(list, 5),
             lambda: defaultdict(list, 1, 2), lambda: deque() + 1):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

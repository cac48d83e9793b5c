# Every kind of runtime value names its CPython type in type(x).__name__ and in TypeError messages:
# container iterators, itertools objects, views, generators, functions and the class decorators.
import collections
import itertools


def gen():
    yield 1


class K:
    def m(self):
        return 0


d = {"a": 1}
values = [
    iter([1]), iter((1,)), iter({1}), iter(frozenset()), iter(d), iter(d.keys()), iter(d.values()),
    iter(d.items()), iter("ab"), iter("é"), iter(range(2)), iter(b"x"), iter(collections.deque()),
    iter(collections.OrderedDict()), iter(collections.Counter("ab")), iter(collections.defaultdict(list)),
    reversed([1]), enumerate([1]), zip([1]), map(str, [1]), filter(None, [1]), d.keys(), d.values(), d.items(),
    itertools.count(), itertools.chain([1]), itertools.cycle([1]), itertools.repeat(1), itertools.islice([1], 1),
    itertools.product([1]), itertools.accumulate([1]), itertools.permutations([1]), itertools.takewhile(bool, [1]),
    gen(), gen, K().m, len, collections.deque(), collections.Counter(), range(1),
    staticmethod(gen), classmethod(gen), property(),
]
for v in values:
    out = [type(v).__name__]
    for op in (lambda: v(), lambda: v[0], lambda: v + 1, lambda: len(v), lambda: -v):
        try:
            op()
            out.append("ok")
        except TypeError as e:
            out.append(str(e))
        except Exception as e:
            out.append(type(e).__name__)
    print(" | ".join(out))

it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), type(it).__module__)
c = itertools.count()
print(type(c), type(c).__module__, type(iter(collections.deque())))
print(type(iter([])) is type(iter([2])), type(iter("x")) is type(iter("y")))

"""The workloads of Speed.java in CPython, timed the same way (best of 5 after warm-up runs)."""
import json
import random
import time

N = 3_000_000


def typed_int_loop():
    acc = 0
    for i in range(N):
        acc = acc + (i * i) % 7
    return acc


def dynamic_int_loop():
    return typed_int_loop()


def float_repr():
    return sum(len(repr(i * 0.1)) for i in range(N // 3))


def format_float():
    return sum(len(format(i / 7.0, ".3f")) for i in range(N // 10))


def dict_count():
    d = {}
    for i in range(N):
        k = i % 1000
        d[k] = d.get(k, 0) + 1
    return len(d)


def set_of_ints():
    s = set()
    for i in range(N):
        s.add(i * 7 % 100_003)
    return len(s)


def sort_list():
    r = random.Random(1)
    xs = [r.randrange(1_000_000) for _ in range(N // 3)]
    xs.sort()
    return xs[len(xs) // 2]


def json_dumps():
    docs = [{"id": i, "name": "item%d" % i, "price": i * 0.25, "tags": ["a", "b"]} for i in range(100_000)]
    return len(json.dumps(docs))


for name, fn in [("typed_int_loop", typed_int_loop), ("dynamic_int_loop", dynamic_int_loop),
                 ("float_repr", float_repr), ("format_float", format_float), ("dict_count", dict_count),
                 ("set_of_ints", set_of_ints), ("sort_list", sort_list), ("json_dumps", json_dumps)]:
    fn()
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    print(name, "%.4f" % best, result)

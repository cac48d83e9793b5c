"""A loop over a list hinted as ints or floats reads its numbers unboxed, and anything else exactly as CPython."""


def ints(n: int) -> list[int]:
    return [i * 1000 for i in range(n)]


def floats(n: int) -> list[float]:
    return [i / 4 for i in range(n)]


def checksum(n: int) -> None:
    xs = ints(n)
    # the comprehension's own x is not the loop's
    print(sum(1 for x in xs if x < 3000))
    total = 0
    for x in xs:
        total = (total + x * x) % 1000003
    print(total)
    last = 0
    for w in xs:
        last = w
    # read after the loop: a loop that may not run leaves the name unbound, so it is not speculated
    print(last, w)


def mixed() -> None:
    xs = ints(4)
    xs.append(True)
    xs.append(2 ** 70)
    xs.append(-3)
    xs.append(2.5)
    total = 0
    for x in xs:
        total = total * 3 + x
        print(type(x).__name__, total)
    print(total)


def mutated() -> None:
    xs = ints(3)
    total = 0
    for x in xs:
        if x == 1000:
            # the loop sees appended items and the list's new kind
            xs.append(False)
            xs.append(7)
            xs.append(10 ** 20)
        if x == 7:
            xs.pop()
            xs.append("done")
        if isinstance(x, str):
            print("str", x)
            continue
        total += x * 2
        print(x, total)
    ys = ints(6)
    for y in ys:
        # shrinking: the loop stops at the list's current end
        del ys[-1]
        print(y, len(ys))
    zs = ints(3)
    for z in zs:
        zs[len(zs) - 1] = 1.5
        zs.clear() if z == 1000 else None
        print(z, zs)


def not_a_list() -> None:
    xs = ints(3)
    xs = tuple(xs) + (2 ** 65,)
    s = 0
    for x in xs:
        s += x
    print(s, x)
    xs = ints(2)
    xs = (v + 1 for v in range(3))
    for x in xs:
        s = s * 2 + x
    print(s)


def float_items(n: int) -> None:
    vs = floats(n)
    vs.append(3)
    vs.append(True)
    acc = 0.0
    for v in vs:
        acc = acc * 0.5 + v
        if v is True:
            print(acc, v, type(v).__name__)
    big = floats(2)
    big.append(10 ** 400)
    try:
        for v in big:
            acc = acc + v
    except OverflowError as e:
        print("OverflowError", e)
    print(acc)


checksum(2000)
mixed()
mutated()
not_a_list()
float_items(9)

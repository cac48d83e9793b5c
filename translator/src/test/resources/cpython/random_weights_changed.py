"""random.choices with one list of weights, changed in place between draws in every way a list can change, and
through an alias: each draw must use the weights as they are at that moment."""
import random


def draw(rng: random.Random, items: list, weights: list) -> str:
    return "".join(rng.choices(items, weights=weights, k=12))


def main() -> None:
    rng = random.Random(2024)
    items = ["a", "b", "c", "d", "e", "f"]
    weights = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    alias = weights
    print(draw(rng, items, weights), draw(rng, items, weights))
    weights[0] = 50.0
    print("item", draw(rng, items, weights))
    alias[5] = 0.0
    print("alias", draw(rng, items, weights))
    weights[1] = 7
    print("int", draw(rng, items, weights))
    weights[1] = 2.0
    weights.append(9.0)
    weights.pop(0)
    print("append pop", weights, draw(rng, items, weights))
    weights.reverse()
    print("reverse", draw(rng, items, weights))
    weights.sort()
    print("sort", draw(rng, items, weights))
    weights[1:3] = [30.0, 0.5]
    print("slice", draw(rng, items, weights))
    weights[::2] = [1.0, 1.0, 1.0]
    print("step slice", draw(rng, items, weights))
    weights[:] = weights[::-1]
    print("whole", draw(rng, items, weights))
    weights[2] += 40.0
    print("augmented", draw(rng, items, weights))
    for k in range(len(weights)):
        weights[k] = float(k * k)
    print("loop", weights, draw(rng, items, weights))
    del weights[0]
    weights.insert(0, 100.0)
    print("del insert", draw(rng, items, weights))
    weights.extend([1.0])
    del weights[-1]
    weights.remove(100.0)
    weights.insert(5, 3.0)
    print("remove insert", weights, draw(rng, items, weights))
    weights.clear()
    weights += [0.0, 0.0, 0.0, 0.0, 0.0, 1.0]
    print("clear", draw(rng, items, weights))
    ints = [1, 1, 1, 1, 1, 1]
    print("ints", draw(rng, items, ints))
    ints[3] = 1000
    print("ints item", draw(rng, items, ints))
    ints[3] = True
    print("bool", draw(rng, items, ints))
    copy = list(ints)
    copy[0] = 500
    print("copy", draw(rng, items, ints), draw(rng, items, copy))
    mixed = [1, 2.5, 1, 2.5, 1, 2.5]
    print("mixed", draw(rng, items, mixed))
    mixed[0] = 2 ** 60
    print("big", draw(rng, items, mixed))
    fs = [0.25] * 6
    for _ in range(3):
        fs[rng.randrange(6)] *= 8
        print("scaled", fs, draw(rng, items, fs))


def many() -> None:
    rng = random.Random(7)
    items = list(range(300))
    zipf = [1.0 / (k + 1) for k in range(300)]
    gaps = [0.0 if k % 3 else float(k % 7) for k in range(300)]
    signed = [1.0] * 300
    signed[150] = -40.0
    for weights in (zipf, gaps, signed):
        for _ in range(3):
            print(sum(rng.choices(items, weights, k=200)), rng.choices(items, weights, k=8))
        weights[0] = 500.0
        print(rng.choices(items, weights, k=8))
        weights[0] = 0.0
        weights[-1] = 100.0
        print(rng.choices(items, weights, k=8), rng.choices(items, cum_weights=None, weights=weights, k=4))


main()
many()

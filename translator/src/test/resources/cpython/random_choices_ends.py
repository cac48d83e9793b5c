"""Weighted random.choices drawn again and again with the same weights (the drawing that reuses its running sums):
the first and last items drawn often or rarely, zero weights at either end, ties, and weights whose sums round."""
import random


def tally(rng: random.Random, items: list, weights: list, rounds: int) -> dict:
    counts = {}
    for _ in range(rounds):
        for x in rng.choices(items, weights=weights, k=7):
            counts[x] = counts.get(x, 0) + 1
    return dict(sorted(counts.items()))


def main() -> None:
    rng = random.Random(77)
    items = [f"i{k:02d}" for k in range(40)]
    heavy_last = [0.01] * 39 + [50.0]
    print("heavy last", tally(rng, items, heavy_last, 300))
    heavy_first = [50.0] + [0.01] * 39
    print("heavy first", tally(rng, items, heavy_first, 300))
    zero_ends = [0.0] + [1.0] * 38 + [0.0]
    print("zero ends", tally(rng, items, zero_ends, 200))
    ramp = [float(k) for k in range(40)]
    print("ramp", tally(rng, items, ramp, 200))
    tiny_last = [1.0] * 39 + [1e-12]
    print("tiny last", tally(rng, items, tiny_last, 200))
    thirds = [0.1, 0.2, 0.3] * 13 + [0.1]
    print("thirds", tally(rng, items, thirds, 200))
    ints = list(range(1, 41))
    print("ints", tally(rng, items, ints, 100))
    print("last", rng.choices(items, weights=heavy_last, k=20))
    print("cum", rng.choices(items, cum_weights=[float(k + 1) for k in range(40)], k=10))


main()

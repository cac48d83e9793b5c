# random.choice, choices (weights, cum_weights, k), shuffle and sample with a fixed seed.
import random

random.seed(99)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(8)])
print(random.choice(range(1000)), random.choice("xyz"), random.choice((None, True)))
print(random.choices(colors, k=6))
print(random.choices(colors, weights=[10, 1, 1, 1, 0], k=10))
print(random.choices(range(3), cum_weights=[1, 5, 10], k=8))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10))
print(random.sample(colors, 3), random.sample(colors, len(colors)))
print(sorted(random.sample(range(1, 50), 6)))
letters = list("abcdefghij")
random.shuffle(letters)
print("".join(letters))
print(random.sample(["a", "b", "a", "c"], 2))
try:
    random.sample(colors, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
rng = random.Random(5)
walk = [0]
for _ in range(15):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)

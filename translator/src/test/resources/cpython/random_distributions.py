# random.gauss, normalvariate, expovariate, triangular and betavariate under a fixed seed.
import random

random.seed(1)
print([round(random.gauss(0, 1), 12) for _ in range(6)])
print(random.gauss(100, 15), random.gauss(mu=-5, sigma=0.5))
print(random.normalvariate(0, 1), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.expovariate(0.1))
print(random.triangular(0, 10, 3), random.triangular())
random.seed(314)
samples = [random.gauss(50, 10) for _ in range(2000)]
mean = sum(samples) / len(samples)
var = sum((x - mean) ** 2 for x in samples) / (len(samples) - 1)
print(round(mean, 6), round(var, 6))
print(min(samples), max(samples))
buckets = [0] * 8
for x in samples:
    idx = min(7, max(0, int((x - 20) // 7.5)))
    buckets[idx] += 1
print(buckets)
rng = random.Random(8)
print([rng.gauss(0, 1) for _ in range(3)])

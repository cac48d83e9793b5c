# random with a fixed seed reproduces CPython's Mersenne Twister sequence exactly.
import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 5), random.randrange(-50, 50))
print(random.uniform(1.5, 2.5), random.uniform(10, -10))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(2024)
print(random.randint(0, 2 ** 70), random.randrange(10 ** 20))
random.seed(0)
first = [random.random() for _ in range(3)]
random.seed(0)
again = [random.random() for _ in range(3)]
print(first == again, first)
rng = random.Random(123)
other = random.Random(123)
print([rng.randint(0, 1000) for _ in range(8)] == [other.randint(0, 1000) for _ in range(8)])
print(rng.random(), rng.choice("abcdefg"), rng.randint(-5, 5))
state = rng.getstate()
after = [rng.random() for _ in range(2)]
rng.setstate(state)
print(after == [rng.random() for _ in range(2)])
random.seed(7)
print(sum(random.random() for _ in range(10000)))
print([random.randint(1, 100) for _ in range(5)], random.random())

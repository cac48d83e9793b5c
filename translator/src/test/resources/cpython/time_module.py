# time: monotonic clocks only move forward and sleep waits at least as long as asked.
# Only comparisons are printed, never the clock values themselves.
import time

start = time.monotonic()
perf_start = time.perf_counter()
wall = time.time()
time.sleep(0.05)
elapsed = time.monotonic() - start
perf_elapsed = time.perf_counter() - perf_start
print(elapsed >= 0.05, perf_elapsed >= 0.05, elapsed < 5)
print(time.time() >= wall, wall > 1_600_000_000)
readings = [time.monotonic() for _ in range(100)]
print(all(a <= b for a, b in zip(readings, readings[1:])))
time.sleep(0)
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter()).__name__)
t0 = time.perf_counter()
total = sum(range(100000))
print(total, time.perf_counter() - t0 >= 0)
start = time.monotonic()
deadline = start + 0.02
spins = 0
while time.monotonic() < deadline:
    spins += 1
print(spins > 0, time.monotonic() >= deadline)

"""Sieve of Eratosthenes, then a few facts about the primes found: counts, gaps and twin primes."""
import sys


def sieve(limit: int) -> list[int]:
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]


def largest_gap(primes: list[int]) -> tuple[int, int]:
    best = 0
    at = 0
    for i in range(1, len(primes)):
        gap = primes[i] - primes[i - 1]
        if gap > best:
            best = gap
            at = primes[i - 1]
    return best, at


def main(limit: int) -> None:
    primes = sieve(limit)
    print(f"primes below {limit}: {len(primes)}")
    print(f"first ten: {primes[:10]}")
    print(f"last five: {primes[-5:]}")
    for bound in (10, 1000, 100_000, 1_000_000):
        print(f"pi({bound}) = {sum(1 for p in primes if p <= bound)}")
    gap, at = largest_gap(primes)
    print(f"largest gap: {gap} after {at}")
    twins = sum(1 for i in range(1, len(primes)) if primes[i] - primes[i - 1] == 2)
    print(f"twin prime pairs: {twins}")
    checksum = 0
    for p in primes:
        checksum = (checksum + p * p) % (2 ** 61 - 1)
    print(f"sum of squares mod 2**61-1: {checksum}")
    print(f"sum: {sum(primes)}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000)

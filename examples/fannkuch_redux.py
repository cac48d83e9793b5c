"""Fannkuch-redux: the maximum number of pancake flips over all permutations, and a signed checksum."""
import sys


def fannkuch(n: int) -> tuple[int, int]:
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first != 0:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if permutation_index % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


for size in range(7, (int(sys.argv[1]) if len(sys.argv) > 1 else 10) + 1):
    checksum, flips = fannkuch(size)
    print(checksum)
    print(f"Pfannkuchen({size}) = {flips}")

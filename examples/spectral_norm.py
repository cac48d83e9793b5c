"""Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), by the power method."""
import math
import sys


def a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(v: list[float]) -> list[float]:
    n = len(v)
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        result[i] = total
    return result


def multiply_atv(v: list[float]) -> list[float]:
    n = len(v)
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        result[i] = total
    return result


def multiply_atav(v: list[float]) -> list[float]:
    return multiply_atv(multiply_av(v))


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        v = multiply_atav(u)
        u = multiply_atav(v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


for size in (10, 100, int(sys.argv[1]) if len(sys.argv) > 1 else 500):
    print(f"n={size}: {spectral_norm(size):.9f}")

"""Mandelbrot set on a square grid; prints row checksums and a total instead of the image."""
import sys


def mandelbrot_row(y: int, size: int, max_iter: int) -> list[int]:
    ci = 2.0 * y / size - 1.0
    row = []
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = 0.0
        zi = 0.0
        escaped = 0
        for _ in range(max_iter):
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                escaped = 1
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
        row.append(0 if escaped else 1)
    return row


def pack_bits(row: list[int]) -> list[int]:
    packed = []
    for start in range(0, len(row), 8):
        byte = 0
        for bit in row[start:start + 8]:
            byte = (byte << 1) | bit
        packed.append(byte)
    return packed


def main(size: int, max_iter: int) -> None:
    checksum = 0
    inside = 0
    for y in range(size):
        row = mandelbrot_row(y, size, max_iter)
        inside += sum(row)
        for byte in pack_bits(row):
            checksum = (checksum * 31 + byte) % 1_000_000_007
        if y % (size // 8) == 0:
            print(f"row {y:4d}: {''.join('#' if b else '.' for b in row[::size // 64])}")
    print(f"points inside: {inside} of {size * size}")
    print(f"checksum: {checksum}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600, 80)

package io.portalis.pylib;

/**
 * Draws the families of powers of pow.tsv as scripts/pylib_goldens.py does (SplitMix64, then exact operations
 * only) and digests what {@link Floats#pow} gives for them, so that 204,719 powers are checked against CPython's
 * without committing their results.
 */
final class PowCases {
    private PowCases() {
    }

    private static final long MANTISSA = (1L << 52) - 1;

    /** SplitMix64 from a seed. */
    static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            state = seed;
        }

        long next() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    /**
     * The FNV-1a digest of count powers of a family, as sixteen hex digits.
     *
     * @param family int, random, near1, edge, negative or bits
     * @param seed the generator's seed
     * @param count how many powers
     * @return the digest
     */
    static String digest(String family, long seed, long count) {
        SplitMix g = new SplitMix(seed);
        long h = 0xCBF29CE484222325L;
        for (int k = 0; k < count; k++) {
            double[] ab = draw(family, g, k);
            double a = ab[0];
            double b = ab[1];
            long v;
            if (a < 0 && Double.isFinite(a) && Double.isFinite(b) && b != Math.floor(b)) {
                v = 0xFFF0000000000003L;
            } else {
                try {
                    v = Double.doubleToLongBits(Floats.pow(a, b));
                } catch (OverflowError e) {
                    v = 0xFFF0000000000001L;
                } catch (ZeroDivisionError e) {
                    v = 0xFFF0000000000002L;
                }
            }
            h = (h ^ v) * 0x100000001B3L;
        }
        return String.format("%016x", h);
    }

    private static double[] draw(String family, SplitMix g, int k) {
        if (family.equals("int")) {
            return new double[] {2 + k / 121, k % 121 - 60};
        }
        long u = g.next();
        long w = g.next();
        int scale = (int) ((u >>> 52) & 0x7ff) % 2000 - 1000;
        if (scale == 0) {
            scale = 1;
        }
        return switch (family) {
            case "random" -> {
                double a = bits((1023 - 30 + Long.remainderUnsigned(u, 61)) << 52 | w & MANTISSA);
                long v = g.next();
                yield new double[] {a, bits((v >>> 63) << 63 | (1023 - 10 + ((v >>> 52) & 0x7ff) % 20) << 52
                        | v & MANTISSA)};
            }
            case "near1" -> {
                long off = (u >>> 8) & ((1L << (1 + Long.remainderUnsigned(u, 40))) - 1);
                double a = bits(u < 0 ? 0x3FF0000000000000L + off : 0x3FEFFFFFFFFFFFFFL - off);
                yield new double[] {a, bits((w >>> 63) << 63 | (1023 + 10 + ((w >>> 52) & 0x7ff) % 53) << 52
                        | w & MANTISSA)};
            }
            case "edge" -> {
                double a = bits((1023L + scale) << 52 | u & MANTISSA);
                double frac = (double) (w & 0xFFFFF) * 0x1p-20;
                yield new double[] {a, (w < 0 ? -1090.0 + 80.0 * frac : 1000.0 + 30.0 * frac) / scale};
            }
            case "negative" -> {
                double a = -bits((1023L + scale) << 52 | u & MANTISSA);
                yield new double[] {a, Math.floorDiv((w >>> 32) % 2200 - 1100, scale)};
            }
            default -> new double[] {bits(u), bits(w)};
        };
    }

    private static double bits(long b) {
        return Double.longBitsToDouble(b);
    }
}

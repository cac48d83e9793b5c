package io.portalis.pylib;

import io.portalis.pylib.stdlib.MathModule;

/**
 * Draws the arguments of libm.tsv as scripts/pylib_goldens.py does (SplitMix64, then exact operations only) and
 * digests what math.log, math.sin and math.cos give for them, so that 200,000 arguments a function are checked
 * against CPython's results without committing them.
 */
final class LibmCases {
    private LibmCases() {
    }

    private static final long MANTISSA = (1L << 52) - 1;
    private static final double HALF_PI = 1.5707963267948966;

    /**
     * The FNV-1a digest of count results of a function on a family of arguments, as sixteen hex digits.
     *
     * @param name log, sin or cos
     * @param family bits, wide, unit, near or subnormal
     * @param seed the generator's seed
     * @param count how many arguments
     * @return the digest
     */
    static String digest(String name, String family, long seed, long count) {
        PowCases.SplitMix g = new PowCases.SplitMix(seed);
        long h = 0xCBF29CE484222325L;
        for (long k = 0; k < count; k++) {
            double x = draw(name, family, g);
            long v;
            try {
                double r = switch (name) {
                    case "log" -> MathModule.log((Object) x);
                    case "sin" -> MathModule.sin(x);
                    default -> MathModule.cos(x);
                };
                v = Double.doubleToLongBits(r);
            } catch (ValueError e) {
                v = 0xFFF0000000000001L;
            }
            h = (h ^ v) * 0x100000001B3L;
        }
        return String.format("%016x", h);
    }

    private static double draw(String name, String family, PowCases.SplitMix g) {
        long u = g.next();
        long sign = name.equals("log") ? 0 : u >>> 63;
        switch (family) {
            case "wide":
                return bits(sign << 63 | (1 + ((u >>> 52) & 0x7ff) % 2046) << 52 | u & MANTISSA);
            case "unit":
                return bits(sign << 63 | (1023 - 4 + ((u >>> 52) & 0x7ff) % 12) << 52 | u & MANTISSA);
            case "near": {
                long w = g.next();
                long off = (w >>> 8) & ((1L << (1 + Long.remainderUnsigned(w, 48))) - 1);
                if (name.equals("log")) {
                    return bits(u < 0 ? 0x3FF0000000000000L + off : 0x3FEFFFFFFFFFFFFFL - off);
                }
                long m = u & ((1L << (1 + ((u >>> 52) & 0x3f) % 40)) - 1);
                double k = m * (sign == 0 ? HALF_PI : -HALF_PI);
                return k == 0 ? 0.0 : bits(Double.doubleToRawLongBits(k) + (w < 0 ? off : -off));
            }
            case "subnormal":
                return bits(sign << 63 | u & MANTISSA);
            default:
                return bits(name.equals("log") ? u & Long.MAX_VALUE : u);
        }
    }

    private static double bits(long b) {
        return Double.longBitsToDouble(b);
    }
}

package io.portalis.pylib.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * e**x and 2**x step for step as the C library CPython runs on (glibc on x86-64) computes them, so that they and
 * the functions built on them agree with CPython's to the last bit, including the rare arguments where the
 * library does not round correctly: x = k ln2/128 + r, e**x = 2**(k/128) * e**r with 2**(k/128) from a table
 * and a degree-5 polynomial for e**r, evaluated with the fused multiply-adds that library's compiled exp uses.
 */
final class LibraryExp {
    private LibraryExp() {
    }

    static final int N = 128;
    static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    static final double NEG_LN2_HI_N = -0x1.62e42fefa0000p-8;
    static final double NEG_LN2_LO_N = -0x1.cf79abc9e3b3ap-47;
    static final double SHIFT = 0x1.8p52;
    static final double C2 = 0x1.ffffffffffdbdp-2;
    static final double C3 = 0x1.555555555543cp-3;
    static final double C4 = 0x1.55555cf172b91p-5;
    static final double C5 = 0x1.1111167a4d017p-7;

    /**
     * For k in [0, 128): at 2k the relative error t of h = 2**(k/128) rounded (2**(k/128) = h (1 + t)), at 2k + 1
     * the bits of h less k/128 in the exponent field, so that adding k's bits shifted gives 2**(k/128) scaled.
     */
    static final long[] TABLE = table();

    private static long[] table() {
        MathContext mc = new MathContext(70);
        long[] t = new long[2 * N];
        for (int k = 0; k < N; k++) {
            // Newton's method on y**128 = 2**k, far past double precision
            BigDecimal target = BigDecimal.valueOf(2).pow(k);
            BigDecimal y = new BigDecimal(Math.pow(2.0, k / (double) N));
            for (int i = 0; i < 4; i++) {
                BigDecimal y127 = y.pow(N - 1, mc);
                y = y.subtract(y127.multiply(y, mc).subtract(target).divide(y127.multiply(BigDecimal.valueOf(N)), mc),
                        mc);
            }
            double h = y.doubleValue();
            double tail = y.subtract(new BigDecimal(h)).divide(new BigDecimal(h), mc).doubleValue();
            t[2 * k] = Double.doubleToRawLongBits(tail);
            t[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << 45);
        }
        return t;
    }

    /**
     * e**x.
     *
     * @param x the exponent
     * @return e**x, +inf from about 709.78 on, 0.0 below about -745.13, NaN for NaN
     */
    static double exp(double x) {
        int abstop = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        boolean edge = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop < 0x3c9) {
                // below 2**-54: 1 + x rounds right
                return 1.0 + x;
            }
            if (abstop >= 0x409) {
                if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                    return x;
                }
                return x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
            }
            // from 512 in magnitude the scale may leave the exponent range and is handled below
            edge = true;
        }
        double kd = INV_LN2_N * x + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = Math.fma(kd, NEG_LN2_LO_N, Math.fma(kd, NEG_LN2_HI_N, x));
        int idx = 2 * (int) (ki & (N - 1));
        double tail = Double.longBitsToDouble(TABLE[idx]);
        long sbits = TABLE[idx + 1] + (ki << 45);
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, C5, C4), Math.fma(r2, Math.fma(r, C3, C2), tail + r));
        if (edge) {
            return edge(tmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    private static final double EXP2_SHIFT = 0x1.8p52 / N;
    private static final double E1 = 0x1.62e42fefa39efp-1;
    private static final double E2 = 0x1.ebfbdff82c424p-3;
    private static final double E3 = 0x1.c6b08d70cf4b5p-5;
    private static final double E4 = 0x1.3b2abd24650ccp-7;
    private static final double E5 = 0x1.5d7e09b4e3a84p-10;

    /**
     * 2**x, by the same table and a polynomial of its own for 2**r, r in [-1/256, 1/256]. That library's exp2 is
     * not correctly rounded for about one argument in 2,000, and this agrees with it there too.
     *
     * @param x the exponent
     * @return 2**x: exact for integers, +inf from 1024 on, 0.0 from -1075 down, NaN for NaN
     */
    static double exp2(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int abstop = (int) (bits >>> 52) & 0x7ff;
        boolean edge = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop < 0x3c9) {
                return 1.0 + x;
            }
            if (abstop >= 0x409) {
                if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
                    return x;
                }
                if (x > 0) {
                    return Double.POSITIVE_INFINITY;
                }
                if (x <= -1075.0) {
                    return 0.0;
                }
            }
            edge = Math.abs(x) > 928.0;
        }
        double kd = x + EXP2_SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= EXP2_SHIFT;
        double r = x - kd;
        int idx = 2 * (int) (ki & (N - 1));
        double tail = Double.longBitsToDouble(TABLE[idx]);
        long sbits = TABLE[idx + 1] + (ki << 45);
        double r2 = r * r;
        // unlike exp, that library's exp2 is compiled without fused multiply-adds
        double tmp = tail + r * E1 + r2 * (E2 + r * E3) + r2 * r2 * (E4 + r * E5);
        if (edge) {
            if ((ki & 0x80000000L) == 0) {
                double scale = Double.longBitsToDouble(sbits - (1L << 52));
                return 2 * (scale + scale * tmp);
            }
            return edge(tmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return scale + scale * tmp;
    }

    /**
     * scale * (1 + tmp) where scale's exponent may be out of range; that library fuses the multiply-add for large
     * results and rounds it separately for small ones. scale may be negative (pow's odd powers of negative bases).
     */
    static double edge(double tmp, long sbits, long ki) {
        if ((ki & 0x80000000L) == 0) {
            double scale = Double.longBitsToDouble(sbits - (1009L << 52));
            return 0x1p1009 * Math.fma(scale, tmp, scale);
        }
        double scale = Double.longBitsToDouble(sbits + (1022L << 52));
        double y = scale + scale * tmp;
        if (Math.abs(y) < 1.0) {
            // round to the subnormal precision first, so that the final scaling does not round a second time
            double one = y < 0.0 ? -1.0 : 1.0;
            double lo = scale - y + scale * tmp;
            double hi = one + y;
            lo = one - hi + y + lo;
            y = (hi + lo) - one;
            if (y == 0.0) {
                y = Math.copySign(0.0, scale);
            }
        }
        return 0x1p-1022 * y;
    }
}

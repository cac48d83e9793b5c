package io.portalis.pylib.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * x**y step for step as the C library CPython runs on (glibc on x86-64, whose pow is within 0.52 ulp but not
 * correctly rounded) computes it, so that float powers agree with CPython's to the last bit: log x in double-double
 * from a 128-entry table and a degree-8 polynomial, multiplied by y, then {@link LibraryExp}'s exp with the low part
 * of the product added to its reduced argument. The fused multiply-adds are those of the library's compiled pow.
 */
public final class LibraryPow {
    private LibraryPow() {
    }

    private static final int N = 128;
    /** Bits of 0x1.69555p-1: log's table splits [OFF, 2 OFF) so that logs near 1 suffer no cancellation. */
    private static final long ONE = 0x3ff0000000000000L;
    private static final long OFF = 0x3fe6955500000000L;
    /** ln 2 split so that k ln2hi + log c is exact for every k of a double and every table entry. */
    private static final double LN2_HI = 0x1.62e42fefa3800p-1;
    private static final double LN2_LO = 0x1.ef35793c76730p-45;
    /** The library's coefficients of log1p(r) - r, scaled as it evaluates them (A0 = -1/2). */
    private static final double A0 = -0x1p-1;
    private static final double A1 = 0x1.555555555556p-2 * -2;
    private static final double A2 = -0x1.0000000000006p-2 * -2;
    private static final double A3 = 0x1.999999959554ep-3 * 4;
    private static final double A4 = -0x1.555555529a47ap-3 * 4;
    private static final double A5 = 0x1.2495b9b4845e9p-3 * -8;
    private static final double A6 = -0x1.0002b8b263fc3p-3 * -8;

    /**
     * For subinterval i of [OFF, 2 OFF) (by the top bits of the mantissa), at 3i: 1/c, for c near the centre with
     * 1/c a multiple of 1/N (1/2N above 1), so that z/c - 1 is exact; at 3i + 1: log c rounded to a multiple of
     * 2**-43; at 3i + 2: the rest of log c. This is the library's rule for its table, which this reproduces.
     */
    private static final double[] TABLE = table();

    private static double[] table() {
        double[] t = new double[3 * N];
        MathContext mc = new MathContext(60);
        for (int i = 0; i < N; i++) {
            double center = Double.longBitsToDouble(OFF + ((2L * i + 1) << 44));
            double invc = center < 1 ? Math.rint(N / center) / N : Math.rint(2 * N / center) / N / 2;
            BigDecimal logc = ln(new BigDecimal(invc), mc).negate();
            double hi = Math.rint(logc.doubleValue() * 0x1p43) / 0x1p43;
            t[3 * i] = invc;
            t[3 * i + 1] = hi;
            t[3 * i + 2] = logc.subtract(new BigDecimal(hi)).doubleValue();
        }
        return t;
    }

    /** ln q for q near 1, as 2 atanh((q - 1) / (q + 1)). */
    private static BigDecimal ln(BigDecimal q, MathContext mc) {
        BigDecimal s = q.subtract(BigDecimal.ONE).divide(q.add(BigDecimal.ONE), mc);
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal term = s;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; term.signum() != 0 && term.abs().compareTo(BigDecimal.ONE.movePointLeft(58)) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
            term = term.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    /**
     * x**y as the C library's pow returns it.
     *
     * @param x the base
     * @param y the exponent
     * @return x**y: C's special cases for zeros, infinities and NaN, NaN for a negative base and a fractional
     *     exponent, +-inf past the largest double and +-0.0 below the smallest
     */
    public static double pow(double x, double y) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        int topx = (int) (ix >>> 52);
        int topy = (int) (iy >>> 52) & 0x7ff;
        long signBias = 0;
        boolean yOutside = Integer.compareUnsigned(topy - 0x3be, 0x43e - 0x3be) >= 0;
        if (Integer.compareUnsigned(topx - 1, 0x7ff - 1) >= 0 || yOutside) {
            // x negative, subnormal, zero, infinite or NaN; or |y| below 2**-65, from 2**63 on, infinite or NaN
            if (zeroInfNan(iy)) {
                return special(x, y);
            }
            if (zeroInfNan(ix)) {
                double x2 = ix < 0 && checkInt(iy) == 1 ? -(x * x) : x * x;
                return iy < 0 ? 1 / x2 : x2;
            }
            if (ix < 0) {
                int yint = checkInt(iy);
                if (yint == 0) {
                    return Double.NaN;
                }
                if (yint == 1) {
                    signBias = 0x800L << 7;
                }
                ix &= Long.MAX_VALUE;
                topx &= 0x7ff;
            }
            if (yOutside) {
                if (ix == ONE) {
                    return 1.0;
                }
                if (topy < 0x3be) {
                    return ix > ONE ? 1.0 + y : 1.0 - y;
                }
                return (ix > ONE) == (iy >= 0) ? Double.POSITIVE_INFINITY : 0.0;
            }
            if (topx == 0) {
                // a subnormal base, normalized with an exponent below the range
                ix = (Double.doubleToRawLongBits(x * 0x1p52) & Long.MAX_VALUE) - (52L << 52);
            }
        }
        // log x = k ln2 + log c + log1p(z/c - 1) with x = 2**k z, z in [OFF, 2 OFF)
        long tmp = ix - OFF;
        int i = 3 * (int) ((tmp >>> 45) & (N - 1));
        double kd = (double) (tmp >> 52);
        double z = Double.longBitsToDouble(ix - (tmp & 0xfffL << 52));
        double invc = TABLE[i];
        double r = Math.fma(z, invc, -1.0);
        double t1 = Math.fma(kd, LN2_HI, TABLE[i + 1]);
        double t2 = t1 + r;
        double lo1 = Math.fma(kd, LN2_LO, TABLE[i + 2]);
        double lo2 = t1 - t2 + r;
        double ar = A0 * r;
        double ar2 = r * ar;
        double ar3 = r * ar2;
        double hi = t2 + ar2;
        double lo3 = Math.fma(ar, r, -ar2);
        double lo4 = t2 - hi + ar2;
        double q = Math.fma(ar2, Math.fma(ar2, Math.fma(r, A6, A5), Math.fma(r, A4, A3)), Math.fma(r, A2, A1));
        double lo = Math.fma(ar3, q, lo1 + lo2 + lo3 + lo4);
        double logHi = hi + lo;
        double logLo = hi - logHi + lo;
        // y log x as ehi + elo, then e**(ehi + elo)
        double ehi = y * logHi;
        double elo = Math.fma(y, logLo, Math.fma(y, logHi, -ehi));
        return exp(ehi, elo, signBias);
    }

    /** LibraryExp's exp of x + xtail, negated when signBias is set. */
    private static double exp(double x, double xtail, long signBias) {
        int abstop = (int) (Double.doubleToRawLongBits(x) >>> 52) & 0x7ff;
        boolean edge = false;
        if (Integer.compareUnsigned(abstop - 0x3c9, 0x408 - 0x3c9) >= 0) {
            if (abstop < 0x3c9) {
                double one = 1.0 + x;
                return signBias != 0 ? -one : one;
            }
            if (abstop >= 0x409) {
                double r = x < 0 ? 0.0 : Double.POSITIVE_INFINITY;
                return signBias != 0 ? -r : r;
            }
            edge = true;
        }
        double kd = LibraryExp.INV_LN2_N * x + LibraryExp.SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= LibraryExp.SHIFT;
        double r = Math.fma(kd, LibraryExp.NEG_LN2_LO_N, Math.fma(kd, LibraryExp.NEG_LN2_HI_N, x));
        r += xtail;
        int idx = 2 * (int) (ki & (N - 1));
        double tail = Double.longBitsToDouble(LibraryExp.TABLE[idx]);
        long sbits = LibraryExp.TABLE[idx + 1] + ((ki + signBias) << 45);
        double r2 = r * r;
        double tmp = Math.fma(r2 * r2, Math.fma(r, LibraryExp.C5, LibraryExp.C4),
                Math.fma(r2, Math.fma(r, LibraryExp.C3, LibraryExp.C2), tail + r));
        if (edge) {
            return LibraryExp.edge(tmp, sbits, ki);
        }
        double scale = Double.longBitsToDouble(sbits);
        return Math.fma(scale, tmp, scale);
    }

    /** C's pow for a zero, infinite or NaN exponent. */
    private static double special(double x, double y) {
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        if (2 * iy == 0 || ix == ONE) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return x + y;
        }
        if (2 * ix == 2 * ONE) {
            return 1.0;
        }
        if ((Long.compareUnsigned(2 * ix, 2 * ONE) < 0) == (iy >= 0)) {
            // |x| < 1 and y = +inf, or |x| > 1 and y = -inf
            return 0.0;
        }
        return y * y;
    }

    /** 0 if the finite non-zero double with bits iy is not an integer, 1 if it is odd, 2 if even. */
    private static int checkInt(long iy) {
        int e = (int) (iy >>> 52) & 0x7ff;
        if (e < 0x3ff) {
            return 0;
        }
        if (e > 0x3ff + 52) {
            return 2;
        }
        if ((iy & ((1L << (0x3ff + 52 - e)) - 1)) != 0) {
            return 0;
        }
        return (iy & (1L << (0x3ff + 52 - e))) != 0 ? 1 : 2;
    }

    /** Whether bits i are those of a zero, an infinity or a NaN. */
    private static boolean zeroInfNan(long i) {
        return Long.compareUnsigned(2 * i - 1, 2 * Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) - 1) >= 0;
    }
}

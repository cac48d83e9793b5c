package io.portalis.pylib.stdlib;

import java.math.BigDecimal;

/**
 * log and pow carried in double-double arithmetic (about 100 bits) and rounded once at the end, so that they give
 * the correctly rounded result except in cases harder than 2**-100 to decide. The C library's log and pow that
 * CPython calls are within 0.52 ulp and round correctly for all but about one argument in a thousand, while the
 * JDK's {@code Math} functions round differently several times as often; gamma and lgamma use these to come as
 * close to CPython's results as a correctly rounded function can.
 */
final class RoundedExp {
    private RoundedExp() {
    }

    // ln 2 in three parts: L1 has 40 significant bits, so n * L1 is exact for |n| < 2**13
    private static final double L1 = 0x1.62e42fefa2p-1;
    private static final double L2 = 0x1.9ef35793c7673p-41;
    private static final double L3 = 0x1.f97b57a079a19p-103;
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    /** Terms of the Taylor series of exp(r) for |r| &lt;= ln(2)/2 needed for 2**-106. */
    private static final int TERMS = 27;

    /** The low half of the last double-double result; the high half is returned. */
    private double lo;

    /**
     * e**(hi + lo) as a double-double for |hi| &lt; 746, split as 2**n * (h + l) with h + l in [0.7, 1.42]; the
     * exponent n is returned through {@code scale}.
     */
    private double expParts(double hi, double low, int[] scale) {
        double n = Math.rint(hi * INV_LN2);
        // t is exact: hi and n * L1 are within ln 2 of each other and both fit 53 bits
        double t = hi - n * L1;
        double p2 = n * L2;
        double p2e = Math.fma(n, L2, -p2);
        // r = t - p2 - p2e - n * L3 + low, as a double-double (rh, rl)
        double rh = t - p2;
        double rl = ((t - rh) - p2) - p2e - n * L3 + low;
        double s = rh + rl;
        rl = rl - (s - rh);
        rh = s;
        // Horner: p = 1 + r / k * p, for k from TERMS down to 1
        double ph = 1.0;
        double pl = 0.0;
        for (int k = TERMS; k >= 1; k--) {
            // (ph, pl) * (rh, rl)
            double m = ph * rh;
            double me = Math.fma(ph, rh, -m) + (ph * rl + pl * rh);
            double mh = m + me;
            double ml = me - (mh - m);
            // divided by k
            double q = mh / k;
            double qe = (Math.fma(-q, k, mh) + ml) / k;
            // plus 1
            double a = 1.0 + q;
            double ae = (1.0 - a) + q + qe;
            ph = a + ae;
            pl = ae - (ph - a);
        }
        scale[0] = (int) n;
        lo = pl;
        return ph;
    }

    /** 2**n * (h + l) rounded once, subnormal results included. */
    private static double scaled(double h, double l, int n) {
        double r = h + l;
        double s = Math.scalb(r, n);
        if (Math.abs(s) >= Double.MIN_NORMAL) {
            return s;
        }
        // below the normal range the scaling rounds a second time: round the exact sum instead
        return new BigDecimal(h).add(new BigDecimal(l)).multiply(new BigDecimal(Math.scalb(1.0, Math.max(n, -1074))))
                .multiply(n < -1074 ? new BigDecimal(Math.scalb(1.0, n + 1074)) : BigDecimal.ONE).doubleValue();
    }

    private static double special(double x) {
        return x > 0 ? Double.POSITIVE_INFINITY : 0.0;
    }

    /** e**(hi + lo) for a double-double argument, rounded once. */
    private static double exp(double hi, double low) {
        if (Double.isNaN(hi)) {
            return hi;
        }
        if (hi > 710.0 || hi < -746.0) {
            return special(hi);
        }
        RoundedExp e = new RoundedExp();
        int[] n = new int[1];
        double h = e.expParts(hi, low, n);
        return scaled(h, e.lo, n[0]);
    }

    /** ln x as a double-double for a positive finite x; the low half goes to {@link #lo}. */
    private double logParts(double x) {
        double l0 = Math.log(x);
        // one Newton step: ln x = l0 + ln(x e**-l0), and x e**-l0 - 1 is tiny, so its own log is itself
        int[] n = new int[1];
        double eh = expParts(-l0, 0.0, n);
        double el = lo;
        double sx = Math.scalb(x, n[0]);
        double m = sx * eh;
        double me = Math.fma(sx, eh, -m) + sx * el;
        double d = (m - 1.0) + me;
        d = d - 0.5 * d * d;
        double h = l0 + d;
        lo = d - (h - l0);
        return h;
    }

    /**
     * ln x, rounded once.
     *
     * @param x a positive number
     * @return ln x; -inf at 0, NaN below 0 or for NaN, +inf at +inf
     */
    static double log(double x) {
        if (!(x > 0.0) || Double.isInfinite(x) || x == 1.0) {
            return Math.log(x);
        }
        RoundedExp e = new RoundedExp();
        double h = e.logParts(x);
        return h + e.lo;
    }

    /**
     * x**y for x &gt; 0, rounded once, through exp(y ln x) in double-double.
     *
     * @param x a positive finite base
     * @param y a finite exponent
     * @return x**y, +inf where it overflows and 0.0 where it underflows
     */
    static double pow(double x, double y) {
        if (!(x > 0.0) || !Double.isFinite(x) || !Double.isFinite(y) || x == 1.0 || y == 0.0) {
            return Math.pow(x, y);
        }
        RoundedExp e = new RoundedExp();
        double lh = e.logParts(x);
        double ll = e.lo;
        double h = y * lh;
        double l = Math.fma(y, lh, -h) + y * ll;
        double s = h + l;
        return exp(s, l - (s - h));
    }
}

package io.portalis.pylib.stdlib;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code atan2(y, x)} and {@code atan(x)} correctly rounded. {@link Math#atan2} may be off by one unit in the last
 * place (for about one angle in six), which shows in printed digits; the C library CPython calls is correct for all
 * but a few angles in ten thousand. The angle is computed in double-double arithmetic (about 104 bits) and rounded
 * once: the ratio {@code t = min/max} of the coordinates is reduced against the nearest {@code k/64}, whose arc
 * tangent comes from a table, by {@code atan(t) = atan(k/64) + atan((t - k/64) / (1 + t k/64))}, and the small
 * remaining arc tangent is summed from its series. For a first-quadrant angle below 2**-60 the result is
 * {@code y / x} rounded, as the C library gives it (which differs from the exact rounding only when the quotient is
 * halfway between two subnormals). The pylib golden file {@code arctangent.tsv} checks both functions against
 * CPython on edges, random doubles and bit patterns.
 */
public final class Arctangent {
    private static final int STEPS = 64;
    /** {@code atan(k/64)} for k = 0..64, as the high and low parts of a double-double. */
    private static final double[] TABLE_HI = new double[STEPS + 1];
    private static final double[] TABLE_LO = new double[STEPS + 1];
    private static final double PI_HI = Math.PI;
    private static final double PI_LO = 1.2246467991473532e-16;
    private static final double HALF_PI_HI = Math.PI / 2;
    private static final double HALF_PI_LO = PI_LO / 2;
    /** The coefficients 1/3, 1/5 and 1/7 of the series, as double-doubles. */
    private static final double[] INVERSE_HI = {1.0 / 3, 1.0 / 5, 1.0 / 7};
    private static final double[] INVERSE_LO = new double[3];

    static {
        MathContext mc = new MathContext(45);
        for (int k = 0; k <= STEPS; k++) {
            BigDecimal a = atan(BigDecimal.valueOf(k).divide(BigDecimal.valueOf(STEPS), mc), mc);
            TABLE_HI[k] = a.doubleValue();
            TABLE_LO[k] = a.subtract(new BigDecimal(TABLE_HI[k]), mc).doubleValue();
        }
        for (int i = 0; i < 3; i++) {
            int d = 2 * i + 3;
            INVERSE_LO[i] = Math.fma(-INVERSE_HI[i], d, 1.0) / d;
        }
    }

    private Arctangent() {
    }

    /**
     * {@code atan(x)}.
     *
     * @param x a number
     * @return its arc tangent, correctly rounded
     */
    public static double atan(double x) {
        return atan2(x, 1.0);
    }

    /**
     * {@code atan2(y, x)}: the angle of the point (x, y), in [-pi, pi].
     *
     * @param y the ordinate
     * @param x the abscissa
     * @return the angle, correctly rounded (see the class comment for tiny angles); zeros, infinities and NaN give
     *     C99's values
     */
    public static double atan2(double y, double x) {
        if (y == 0.0 || x == 0.0 || !Double.isFinite(x) || !Double.isFinite(y)) {
            // exact zeros and the multiples of an eighth turn, which the JDK gives as C99 does
            return Math.atan2(y, x);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        boolean swapped = ay > ax;
        double num = swapped ? ax : ay;
        double den = swapped ? ay : ax;
        // scale both near 1 so that the ratio's remainder is exact; a ratio that underflows is negligible
        int e = Math.getExponent(den);
        num = Math.scalb(num, -e);
        den = Math.scalb(den, -e);
        double th = num / den;
        double rh;
        double rl;
        if (th < 0x1p-60) {
            // atan(t) = t - t**3/3: t**3/3 is far below half an ulp of t, and of pi/2 or pi
            if (!swapped && x > 0) {
                double r = ay / ax;
                return y < 0 ? -r : r;
            }
            rh = th;
            rl = 0;
        } else {
            double tl = Math.fma(-th, den, num) / den;
            double[] a = atanRatio(th, tl);
            rh = a[0];
            rl = a[1];
        }
        if (swapped) {
            double[] d = sub(HALF_PI_HI, HALF_PI_LO, rh, rl);
            rh = d[0];
            rl = d[1];
        }
        if (x < 0) {
            double[] d = sub(PI_HI, PI_LO, rh, rl);
            rh = d[0];
            rl = d[1];
        }
        double r = rh + rl;
        return y < 0 ? -r : r;
    }

    /** {@code atan(th + tl)} for {@code 0 <= th <= 1}, as a double-double. */
    private static double[] atanRatio(double th, double tl) {
        int k = (int) Math.rint(th * STEPS);
        double c = (double) k / STEPS;
        // u = (t - c) / (1 + t c)
        double[] n = twoSum(th, -c);
        double nh = n[0];
        double nl = n[1] + tl;
        double p = th * c;
        double pe = Math.fma(th, c, -p);
        double[] d = twoSum(1.0, p);
        double dh = d[0];
        double dl = d[1] + pe + tl * c;
        double[] nn = fast(nh, nl);
        double[] dd = fast(dh, dl);
        double uh = nn[0] / dd[0];
        double ul = (Math.fma(-uh, dd[0], nn[0]) + nn[1] - uh * dd[1]) / dd[0];
        double[] u = fast(uh, ul);
        // atan(u) = u (1 - s/3 + s**2/5 - s**3/7 + ...), s = u**2 below 2**-14: the terms past s**3 in doubles
        double[] s = mul(u[0], u[1], u[0], u[1]);
        double sh = s[0];
        double tail = sh * (1.0 / 9 - sh * (1.0 / 11 - sh * (1.0 / 13 - sh / 15)));
        double[] q = twoSum(-INVERSE_HI[2], tail);
        q = fast(q[0], q[1] - INVERSE_LO[2]);
        for (int i = 1; i >= 0; i--) {
            q = mul(q[0], q[1], s[0], s[1]);
            double sign = i == 1 ? 1 : -1;
            double[] t = twoSum(sign * INVERSE_HI[i], q[0]);
            q = fast(t[0], t[1] + q[1] + sign * INVERSE_LO[i]);
        }
        q = mul(q[0], q[1], s[0], s[1]);
        double[] one = twoSum(1.0, q[0]);
        q = fast(one[0], one[1] + q[1]);
        double[] v = mul(q[0], q[1], u[0], u[1]);
        double[] sum = twoSum(TABLE_HI[k], v[0]);
        return fast(sum[0], sum[1] + v[1] + TABLE_LO[k]);
    }

    /** {@code (ah + al) - (bh + bl)} as a double-double. */
    private static double[] sub(double ah, double al, double bh, double bl) {
        double[] s = twoSum(ah, -bh);
        return fast(s[0], s[1] + al - bl);
    }

    /** The product of two double-doubles. */
    private static double[] mul(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p);
        return fast(p, e + ah * bl + al * bh);
    }

    /** {@code a + b} exactly, as its rounded sum and the rounding error. */
    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new double[] {s, (a - (s - bb)) + (b - bb)};
    }

    /** Renormalizes {@code a + b} when {@code |a| >= |b|} (or a is 0). */
    private static double[] fast(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    /** {@code atan(x)} for {@code 0 <= x <= 1} in decimal: three halvings of the angle, then the series. */
    private static BigDecimal atan(BigDecimal x, MathContext mc) {
        BigDecimal t = x;
        for (int i = 0; i < 3; i++) {
            t = t.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(t.multiply(t, mc)).sqrt(mc)), mc);
        }
        BigDecimal t2 = t.multiply(t, mc);
        BigDecimal term = t;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(48);
        for (int n = 0; term.abs().compareTo(eps) > 0; n++) {
            BigDecimal part = term.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = n % 2 == 0 ? sum.add(part, mc) : sum.subtract(part, mc);
            term = term.multiply(t2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(8), mc);
    }
}

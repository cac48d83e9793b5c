package io.portalis.pylib.stdlib;

/**
 * The error and gamma functions of {@code math}, computed the way CPython 3.11 on glibc computes them so that
 * results agree to the last bit: {@code erf} and {@code erfc} follow the C library's rational approximations
 * (CPython calls the C library for them), {@code gamma} and {@code lgamma} CPython's own Lanczos approximation.
 * Domain and range errors are not raised here: results are NaN or infinite, and {@link MathModule} turns them into
 * Python's exceptions.
 */
final class SpecialFunctions {
    private SpecialFunctions() {
    }

    // erf(1) rounded to 24 bits: the part of erf near 1 that the rational function does not carry
    private static final double ERX = 8.45062911510467529297e-01;
    // 2/sqrt(pi) - 1, the slope of erf(x) - x at 0
    private static final double EFX = 1.28379167095512586316e-01;
    // rational approximation of (erf(x) - x) / x on [0, 0.84375]: numerator and denominator in x^2
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    // erf(1 + s) - ERX on [0.84375, 1.25], in s
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    // log(x * erfc(x)) + x^2 + 0.5625 on [1.25, 1/0.35], in 1/x^2
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    // the same on [1/0.35, 28]
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** (erf(x) - x) / x for |x| below 0.84375, summed in the C library's order (pairs, then powers of z^2). */
    private static double smallRatio(double x) {
        double z = x * x;
        double z2 = z * z;
        double z4 = z2 * z2;
        double r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
        double s = (QQ[0] + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
        return r / s;
    }

    /** erf(1 + s) - ERX for |x| in [0.84375, 1.25), with s = |x| - 1. */
    private static double nearOne(double s) {
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        double p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
        double q = (QA[0] + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
        return p / q;
    }

    /** x * erfc(x) for a positive x from 1.25 to 28, as exp(-x^2 - 0.5625 + R/S) with x^2 split exactly. */
    private static double scaledTail(double ax, boolean below) {
        double s = 1.0 / (ax * ax);
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        double r;
        double q;
        if (below) {
            double s8 = s4 * s4;
            r = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
            q = (SA[0] + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7])
                    + s8 * SA[8];
        } else {
            r = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
            q = (SB[0] + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
        }
        // z keeps the upper 21 bits of x's mantissa, so z * z is exact and only (z - x)(z + x) is rounded
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        return LibraryExp.exp(-z * z - 0.5625) * LibraryExp.exp((z - ax) * (z + ax) + r / q);
    }

    /**
     * The error function.
     *
     * @param x a number
     * @return erf(x), with erf(-0.0) = -0.0, erf(+-inf) = +-1 and NaN for NaN
     */
    static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) {
                    // scaled so that the product does not lose the subnormal's bits
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                }
                return x + EFX * x;
            }
            return x + x * smallRatio(x);
        }
        if (ix < 0x3ff40000) {
            double p = nearOne(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + p : -ERX - p;
        }
        if (ix >= 0x40180000) {
            return hx >= 0 ? 1.0 : -1.0;
        }
        double ax = Math.abs(x);
        double r = scaledTail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    /**
     * The complementary error function, accurate where erf(x) is close to 1.
     *
     * @param x a number
     * @return erfc(x), with erfc(+inf) = 0, erfc(-inf) = 2, 0.0 once it underflows and NaN for NaN
     */
    static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return Double.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
        }
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) {
                return 1.0 - x;
            }
            double y = smallRatio(x);
            if (hx < 0x3fd00000) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double p = nearOne(Math.abs(x) - 1.0);
            if (hx >= 0) {
                return (1.0 - ERX) - p;
            }
            return 1.0 + (ERX + p);
        }
        if (ix < 0x403c0000) {
            if (hx < 0 && ix >= 0x40180000) {
                return 2.0;
            }
            double ax = Math.abs(x);
            double r = scaledTail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? 0.0 : 2.0;
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    // numerator and denominator of the Lanczos sum (N = 13) as a rational function; CPython's parameters
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    // x (x + 1) ... (x + 11), expanded
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0,
        45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** The Lanczos sum for positive x; in powers of 1/x from 5 on, where powers of x would lose accuracy. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x) for finite x, reduced first so that integers and half-integers come out exact. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        double r = switch ((int) Math.round(2.0 * y)) {
            case 0 -> LibrarySin.sin(Math.PI * y);
            case 1 -> LibrarySin.cos(Math.PI * (y - 0.5));
            // not -sin(pi * (y - 1)), which would be -0.0 at y == 1
            case 2 -> LibrarySin.sin(Math.PI * (1.0 - y));
            case 3 -> -LibrarySin.cos(Math.PI * (y - 1.5));
            default -> LibrarySin.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /**
     * The gamma function.
     *
     * @param x a number
     * @return Gamma(x): exact factorials up to 23, NaN at 0, negative integers and -inf (domain errors), an
     *     infinity where it overflows
     */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        }
        if (x == 0.0 || x == Math.floor(x) && x < 0.0) {
            return Double.NaN;
        }
        if (x == Math.floor(x) && x <= 23) {
            double f = 1.0;
            for (int k = 2; k < (int) x; k++) {
                f *= k;
            }
            return f;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            return 1.0 / x;
        }
        if (ax > 200.0) {
            return x < 0.0 ? 0.0 / sinPi(x) : Double.POSITIVE_INFINITY;
        }
        double y = ax + LANCZOS_G_MINUS_HALF;
        // z: the rounding error of y, to correct the power and exponential of y by
        double z = ax > LANCZOS_G_MINUS_HALF ? (y - ax) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - ax;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(ax) / ax * LibraryExp.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= LibraryPow.pow(y, ax - 0.5);
            } else {
                double half = LibraryPow.pow(y, ax / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczosSum(ax) / LibraryExp.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= LibraryPow.pow(y, ax - 0.5);
            } else {
                double half = LibraryPow.pow(y, ax / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        return r;
    }

    /**
     * The natural log of the gamma function's absolute value.
     *
     * @param x a number
     * @return log|Gamma(x)|: 0 at 1 and 2, +inf at the infinities, NaN at 0 and the negative integers (domain
     *     errors), +inf where it overflows
     */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0.0 ? Double.NaN : 0.0;
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            return -LibraryLog.log(ax);
        }
        double r = LibraryLog.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (LibraryLog.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - LibraryLog.log(Math.abs(sinPi(ax))) - LibraryLog.log(ax) - r;
        }
        return r;
    }}

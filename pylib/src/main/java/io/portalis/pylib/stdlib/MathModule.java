package io.portalis.pylib.stdlib;

import io.portalis.pylib.Builtins;
import io.portalis.pylib.Floats;
import io.portalis.pylib.Ints;
import io.portalis.pylib.OverflowError;
import io.portalis.pylib.Py;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Python's {@code math} module. Functions on floats take and return {@code double}; those returning ints
 * ({@code floor}, {@code ceil}, {@code factorial}, {@code gcd}, {@code comb}, {@code isqrt}) return dynamic ints
 * so that results beyond 64 bits stay exact. Domain errors raise {@code ValueError: math domain error} and
 * overflows {@code OverflowError: math range error}, as in CPython. The transcendental functions come from
 * {@link Math}; CPython's come from the C library, and the two can differ in the last bit for rare arguments.
 */
public final class MathModule {
    /** {@code math.pi}. */
    public static final double pi = Math.PI;
    /** {@code math.e}. */
    public static final double e = Math.E;
    /** {@code math.tau}. */
    public static final double tau = 2 * Math.PI;
    /** {@code math.inf}. */
    public static final double inf = Double.POSITIVE_INFINITY;
    /** {@code math.nan}. */
    public static final double nan = Double.NaN;

    private MathModule() {
    }

    private static final double LN2 = 0.6931471805599453;

    private static ValueError domain() {
        return new ValueError("math domain error");
    }

    private static double checked(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw new OverflowError("math range error");
        }
        return r;
    }

    /**
     * {@code math.sqrt(x)}.
     *
     * @param x a non-negative number
     * @return the root
     * @throws ValueError for x &lt; 0
     */
    public static double sqrt(double x) {
        if (x < 0) {
            throw domain();
        }
        return Math.sqrt(x);
    }

    /**
     * {@code math.exp(x)}, computed as the C library CPython uses computes it, so that the bits agree.
     *
     * @param x the exponent
     * @return e**x (0.0 when it underflows)
     * @throws OverflowError {@code math range error}
     */
    public static double exp(double x) {
        return checked(LibraryExp.exp(x), x);
    }

    /**
     * {@code math.log(x)}; ints of any size are accepted.
     *
     * @param x a positive number
     * @return the natural log
     * @throws ValueError for x &lt;= 0
     */
    public static double log(Object x) {
        if (x instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw domain();
            }
            double d = b.doubleValue();
            if (Double.isFinite(d)) {
                return LibraryLog.log(d);
            }
            // As CPython: log(m) + log(2) * e for an int too large for a float, with b = m * 2**e, m in [0.5, 1)
            // rounded once (the bits below the top 63 kept as a sticky bit), and 0.5 with e + 1 if it rounds to 1.
            int e = b.bitLength();
            BigInteger top = b.shiftRight(e - 63);
            if (b.getLowestSetBit() < e - 63) {
                top = top.setBit(0);
            }
            double m = Math.scalb(top.doubleValue(), -63);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return LibraryLog.log(m) + LibraryLog.log(2.0) * e;
        }
        double d = Builtins.toFloat(x);
        if (d <= 0) {
            throw domain();
        }
        return LibraryLog.log(d);
    }

    /**
     * {@code math.log(x, base)}.
     *
     * @param x a positive number
     * @param base the base
     * @return log(x) / log(base)
     */
    public static double log(Object x, Object base) {
        return Floats.trueDiv(log(x), log(base));
    }

    /**
     * {@code math.log2(x)}.
     *
     * @param x a positive number
     * @return the base-2 log (exact for powers of two)
     */
    public static double log2(Object x) {
        if (x instanceof Long l && l > 0 && Long.bitCount(l) == 1) {
            return 63 - Long.numberOfLeadingZeros(l);
        }
        double d = Builtins.toFloat(x);
        if (d <= 0) {
            throw domain();
        }
        // CPython's frexp-based formula, which matches its libm log2 better than log(x) / log(2).
        int e = Math.getExponent(d) + 1;
        double m = Math.scalb(d, -e);
        if (d >= 1.0) {
            return Math.log(2.0 * m) / Math.log(2.0) + (e - 1);
        }
        return Math.log(m) / Math.log(2.0) + e;
    }

    /**
     * {@code math.log10(x)}.
     *
     * @param x a positive number
     * @return the base-10 log
     */
    public static double log10(Object x) {
        double d = Builtins.toFloat(x);
        if (d <= 0) {
            throw domain();
        }
        return Math.log10(d);
    }

    /**
     * {@code math.pow(x, y)}: always float.
     *
     * @param x base
     * @param y exponent
     * @return the power
     */
    public static double pow(double x, double y) {
        if (x == 0 && y < 0) {
            throw domain();
        }
        if (x < 0 && Double.isFinite(y) && y != Math.rint(y)) {
            throw domain();
        }
        return checked(LibraryPow.pow(x, y), x + y);
    }

    /**
     * {@code math.sin(x)}.
     *
     * @param x radians
     * @return the sine
     */
    public static double sin(double x) {
        return checked(LibrarySin.sin(x), x);
    }

    /**
     * {@code math.cos(x)}.
     *
     * @param x radians
     * @return the cosine
     */
    public static double cos(double x) {
        return checked(LibrarySin.cos(x), x);
    }

    /**
     * {@code math.tan(x)}.
     *
     * @param x radians
     * @return the tangent
     */
    public static double tan(double x) {
        return checked(Math.tan(x), x);
    }

    /**
     * {@code math.asin(x)}.
     *
     * @param x in [-1, 1]
     * @return the arc sine
     */
    public static double asin(double x) {
        return checked(Math.asin(x), x);
    }

    /**
     * {@code math.acos(x)}.
     *
     * @param x in [-1, 1]
     * @return the arc cosine
     */
    public static double acos(double x) {
        return checked(Math.acos(x), x);
    }

    /**
     * {@code math.atan(x)}, correctly rounded ({@link Arctangent}).
     *
     * @param x the value
     * @return the arc tangent
     */
    public static double atan(double x) {
        return Arctangent.atan(x);
    }

    /** The upper 32 bits of a double's magnitude, which the C library's formulas branch on. */
    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    /**
     * {@code math.asinh(x)}, computed as the C library CPython uses computes it (the classic formulation:
     * {@code x} itself when tiny, {@code log1p} below 2, {@code log} above), so that results agree to the last bit.
     *
     * @param x a number
     * @return the inverse hyperbolic sine
     */
    public static double asinh(double x) {
        int high = highWord(x);
        if (high >= 0x7ff00000 || high < 0x3e300000) {
            // infinite, NaN, or below 2**-28 where asinh(x) is x to the last bit
            return x;
        }
        double a = Math.abs(x);
        double w;
        if (high > 0x41b00000) {
            w = LibraryLog.log(a) + LN2;
        } else if (high > 0x40000000) {
            w = LibraryLog.log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        } else {
            double t = a * a;
            w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /**
     * {@code math.acosh(x)}, by the C library's formulas.
     *
     * @param x a number, at least 1
     * @return the inverse hyperbolic cosine
     * @throws ValueError {@code math domain error} below 1
     */
    public static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            throw domain();
        }
        int high = highWord(x);
        if (high >= 0x41b00000) {
            return Double.isInfinite(x) ? x : LibraryLog.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (high > 0x40000000) {
            return LibraryLog.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /**
     * {@code math.atanh(x)}, by the C library's formulas.
     *
     * @param x a number strictly between -1 and 1
     * @return the inverse hyperbolic tangent
     * @throws ValueError {@code math domain error} from 1 in magnitude
     */
    public static double atanh(double x) {
        double a = Math.abs(x);
        double t;
        if (a < 0.5) {
            if (a < 0x1p-28) {
                return x;
            }
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else if (a < 1.0) {
            t = 0.5 * Math.log1p((a + a) / (1.0 - a));
        } else if (Double.isNaN(x)) {
            return x;
        } else {
            throw domain();
        }
        return Math.copySign(t, x);
    }

    /**
     * {@code math.ulp(x)}: the gap from {@code |x|} to the next larger float ({@code 2**971} at the largest).
     *
     * @param x a number
     * @return the unit in the last place
     */
    public static double ulp(double x) {
        return Math.ulp(x);
    }

    /**
     * {@code math.nextafter(x, y)}: the next float after {@code x} towards {@code y}, {@code y} when they are equal.
     *
     * @param x the start
     * @param y the direction
     * @return the neighbour
     */
    public static double nextafter(double x, double y) {
        return Math.nextAfter(x, y);
    }

    /**
     * {@code math.sinh(x)}.
     *
     * @param x a number
     * @return the hyperbolic sine
     * @throws OverflowError {@code math range error}
     */
    public static double sinh(double x) {
        return checked(Math.sinh(x), x);
    }

    /**
     * {@code math.cosh(x)}.
     *
     * @param x a number
     * @return the hyperbolic cosine
     * @throws OverflowError {@code math range error}
     */
    public static double cosh(double x) {
        double a = Math.abs(x);
        // the C library's formulas, which round differently from Math.cosh (cosh(1) ends in ...437 there)
        if (a < 0.5 * Math.log(2)) {
            double t = Math.expm1(a);
            return 1 + t * t / (2 * (1 + t));
        }
        if (a < 22) {
            double t = LibraryExp.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        return checked(Math.cosh(x), x);
    }

    /**
     * {@code math.tanh(x)}.
     *
     * @param x a number
     * @return the hyperbolic tangent
     */
    public static double tanh(double x) {
        return Math.tanh(x);
    }

    /**
     * {@code math.cbrt(x)}.
     *
     * @param x a number
     * @return its real cube root
     */
    public static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        // CPython calls the C library's cbrt, and glibc's is not correctly rounded (cbrt(27.0) is
        // 3.0000000000000004 there), so this repeats its arithmetic step for step: the mantissa m in [0.5, 1) and
        // exponent e with |x| = m * 2^e, a degree-6 polynomial guess u for cbrt(m), one Halley step
        // u * (u^3 + 2m) / (2u^3 + m), then scaling by 2^(e/3) with the remainder's factor 2^((e%3)/3)
        double ax = Math.abs(x);
        int e = Math.getExponent(ax);
        if (e == Double.MIN_EXPONENT - 1) {
            // subnormal: normalise first so the mantissa keeps its full precision
            ax *= 0x1p54;
            e = Math.getExponent(ax) - 54;
        }
        e += 1;
        double m = Math.scalb(Math.abs(x), -e);
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * m) * m) * m) * m) * m) * m;
        double u3 = u * u * u;
        double y = u * (u3 + 2.0 * m) / (2.0 * u3 + m) * CBRT_FACTOR[2 + e % 3];
        return Math.scalb(x > 0.0 ? y : -y, e / 3);
    }

    /** 2^(k/3) for k = -2..2, as the C library rounds them from its decimal constants. */
    private static final double[] CBRT_FACTOR = {
        1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748};

    /**
     * {@code math.exp2(x)}: 2**x, exact for integer x, otherwise computed as the C library CPython uses computes
     * it (within 0.51 ulp, and equal to CPython's bits where that library does not round correctly).
     *
     * @param x the exponent
     * @return 2**x (0.0 when it underflows)
     * @throws OverflowError {@code math range error}
     */
    public static double exp2(double x) {
        return checked(LibraryExp.exp2(x), x);
    }

    /**
     * {@code math.erf(x)}: the error function, by the C library's rational approximations as CPython calls it.
     *
     * @param x a number
     * @return erf(x), in [-1, 1]
     */
    public static double erf(double x) {
        return SpecialFunctions.erf(x);
    }

    /**
     * {@code math.erfc(x)}: 1 - erf(x) without the cancellation, by the C library's approximations.
     *
     * @param x a number
     * @return erfc(x), in [0, 2] (0.0 once it underflows)
     */
    public static double erfc(double x) {
        return SpecialFunctions.erfc(x);
    }

    /**
     * {@code math.gamma(x)}, by CPython's Lanczos approximation (exact factorials for the integers up to 23).
     *
     * @param x a number
     * @return Gamma(x)
     * @throws ValueError {@code math domain error} at 0, the negative integers and -inf
     * @throws OverflowError {@code math range error} where the result is too large for a float
     */
    public static double gamma(double x) {
        return checked(SpecialFunctions.gamma(x), x);
    }

    /**
     * {@code math.lgamma(x)}: the natural log of |Gamma(x)|, by CPython's Lanczos approximation.
     *
     * @param x a number
     * @return log|Gamma(x)| (+inf for the infinities)
     * @throws ValueError {@code math domain error} at 0 and the negative integers
     * @throws OverflowError {@code math range error} where the result is too large for a float
     */
    public static double lgamma(double x) {
        return checked(SpecialFunctions.lgamma(x), x);
    }

    /**
     * {@code math.expm1(x)}: e**x - 1, exact for small x.
     *
     * @param x the exponent
     * @return e**x - 1
     * @throws OverflowError {@code math range error}
     */
    public static double expm1(double x) {
        return checked(Math.expm1(x), x);
    }

    /**
     * {@code math.log1p(x)}: log(1 + x), exact for small x.
     *
     * @param x a number above -1
     * @return log(1 + x)
     * @throws ValueError for x &lt;= -1
     */
    public static double log1p(double x) {
        if (x <= -1) {
            throw domain();
        }
        return Math.log1p(x);
    }

    /**
     * {@code math.remainder(x, y)}: IEEE 754 remainder, x minus the nearest multiple of y (ties to even).
     *
     * @param x dividend
     * @param y divisor
     * @return the remainder
     * @throws ValueError when y is 0 or x infinite
     */
    public static double remainder(double x, double y) {
        if (!Double.isNaN(x) && !Double.isNaN(y) && (y == 0 || Double.isInfinite(x))) {
            throw domain();
        }
        return Math.IEEEremainder(x, y);
    }

    /**
     * {@code math.frexp(x)}: mantissa and exponent, with x == m * 2**e and 0.5 &lt;= abs(m) &lt; 1.
     *
     * @param x a number
     * @return the tuple (m, e)
     */
    public static io.portalis.pylib.PyTuple frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return io.portalis.pylib.PyTuple.of(x, 0L);
        }
        int e = Math.getExponent(x) + 1;
        if (e == Double.MIN_EXPONENT) {
            // subnormal: normalise first so that the exponent is exact
            double n = x * 0x1p54;
            e = Math.getExponent(n) + 1 - 54;
        }
        return io.portalis.pylib.PyTuple.of(Math.scalb(x, -e), (long) e);
    }

    /**
     * {@code math.ldexp(x, i)}.
     *
     * @param x the mantissa
     * @param i the exponent
     * @return x * 2**i
     * @throws OverflowError {@code math range error}
     */
    public static double ldexp(double x, long i) {
        int e = (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, i));
        return checked(Math.scalb(x, e), x);
    }

    /**
     * {@code math.modf(x)}: fractional and integral parts, both with the sign of x.
     *
     * @param x a number
     * @return the tuple (fraction, integral)
     */
    public static io.portalis.pylib.PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return io.portalis.pylib.PyTuple.of(Math.copySign(0.0, x), x);
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return io.portalis.pylib.PyTuple.of(Math.copySign(x - whole, x), whole);
    }

    /**
     * {@code math.atan2(y, x)}, correctly rounded ({@link Arctangent}).
     *
     * @param y ordinate
     * @param x abscissa
     * @return the angle
     */
    public static double atan2(double y, double x) {
        return Arctangent.atan2(y, x);
    }

    /**
     * {@code math.hypot(*coords)}.
     *
     * @param coords the coordinates
     * @return the Euclidean norm
     */
    public static double hypot(double... coords) {
        double r = 0;
        for (double c : coords) {
            r = Math.hypot(r, c);
        }
        return r;
    }

    /**
     * {@code math.degrees(x)}.
     *
     * @param x radians
     * @return degrees
     */
    public static double degrees(double x) {
        return Math.toDegrees(x);
    }

    /**
     * {@code math.radians(x)}.
     *
     * @param x degrees
     * @return radians
     */
    public static double radians(double x) {
        return Math.toRadians(x);
    }

    /**
     * {@code math.floor(x)}.
     *
     * @param x a number
     * @return the largest int not above it
     */
    public static Object floor(Object x) {
        if (Ints.isInt(x)) {
            return Py.pos(x);
        }
        return Floats.toInt(Math.floor(Builtins.toFloat(x)));
    }

    /**
     * {@code math.ceil(x)}.
     *
     * @param x a number
     * @return the smallest int not below it
     */
    public static Object ceil(Object x) {
        if (Ints.isInt(x)) {
            return Py.pos(x);
        }
        return Floats.toInt(Math.ceil(Builtins.toFloat(x)));
    }

    /**
     * {@code math.trunc(x)}.
     *
     * @param x a number
     * @return it truncated toward zero
     */
    public static Object trunc(Object x) {
        if (!(x instanceof Double) && !Ints.isInt(x)) {
            throw new TypeError("type " + Py.typeName(x) + " doesn't define __trunc__ method");
        }
        return Builtins.toInt(x);
    }

    /**
     * {@code math.fabs(x)}.
     *
     * @param x a number
     * @return its absolute value as a float
     */
    public static double fabs(double x) {
        return Math.abs(x);
    }

    /**
     * {@code math.fmod(x, y)}: C's fmod (sign of x).
     *
     * @param x dividend
     * @param y divisor
     * @return the remainder
     */
    public static double fmod(double x, double y) {
        if (y == 0 || Double.isInfinite(x)) {
            throw domain();
        }
        return x % y;
    }

    /**
     * {@code math.copysign(x, y)}.
     *
     * @param x magnitude
     * @param y sign
     * @return x with y's sign
     */
    public static double copysign(double x, double y) {
        return Math.copySign(x, y);
    }

    /**
     * {@code math.isfinite(x)}.
     *
     * @param x the value
     * @return whether finite
     */
    public static boolean isfinite(double x) {
        return Double.isFinite(x);
    }

    /**
     * {@code math.isinf(x)}.
     *
     * @param x the value
     * @return whether infinite
     */
    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }

    /**
     * {@code math.isnan(x)}.
     *
     * @param x the value
     * @return whether NaN
     */
    public static boolean isnan(double x) {
        return Double.isNaN(x);
    }

    /**
     * {@code math.isclose(a, b)} with CPython's default tolerances.
     *
     * @param a one value
     * @param b the other
     * @return whether close
     */
    public static boolean isclose(double a, double b) {
        return isclose(a, b, 1e-09, 0.0);
    }

    /**
     * {@code math.isclose(a, b, rel_tol=..., abs_tol=...)}.
     *
     * @param a one value
     * @param b other
     * @param relTol relative tolerance
     * @param absTol absolute tolerance
     * @return whether close
     */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0 || absTol < 0) {
            throw new ValueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    /**
     * {@code math.gcd(*ints)}.
     *
     * @param ints the ints
     * @return their greatest common divisor (non-negative)
     */
    public static Object gcd(Object... ints) {
        BigInteger g = BigInteger.ZERO;
        for (Object o : ints) {
            g = g.gcd(Ints.big(o));
        }
        return Ints.normalize(g);
    }

    /**
     * {@code math.lcm(*ints)}.
     *
     * @param ints the ints
     * @return their least common multiple (non-negative)
     */
    public static Object lcm(Object... ints) {
        BigInteger l = BigInteger.ONE;
        for (Object o : ints) {
            BigInteger b = Ints.big(o).abs();
            if (b.signum() == 0) {
                return 0L;
            }
            l = l.divide(l.gcd(b)).multiply(b);
        }
        return Ints.normalize(l);
    }

    /**
     * {@code math.factorial(n)}.
     *
     * @param n a non-negative int
     * @return n!
     * @throws ValueError {@code factorial() not defined for negative values}
     */
    public static Object factorial(long n) {
        if (n < 0) {
            throw new ValueError("factorial() not defined for negative values");
        }
        BigInteger r = BigInteger.ONE;
        for (long k = 2; k <= n; k++) {
            r = r.multiply(BigInteger.valueOf(k));
        }
        return Ints.normalize(r);
    }

    /**
     * {@code math.comb(n, k)}.
     *
     * @param n items
     * @param k chosen
     * @return the binomial coefficient
     */
    public static Object comb(long n, long k) {
        if (n < 0 || k < 0) {
            throw new ValueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
        }
        if (k > n) {
            return 0L;
        }
        k = Math.min(k, n - k);
        BigInteger r = BigInteger.ONE;
        for (long i = 1; i <= k; i++) {
            r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return Ints.normalize(r);
    }

    /**
     * {@code math.perm(n, k)}.
     *
     * @param n items
     * @param k arranged
     * @return the number of arrangements
     */
    public static Object perm(long n, long k) {
        if (n < 0 || k < 0) {
            throw new ValueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
        }
        if (k > n) {
            return 0L;
        }
        BigInteger r = BigInteger.ONE;
        for (long i = n - k + 1; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return Ints.normalize(r);
    }

    /**
     * {@code math.isqrt(n)}.
     *
     * @param n a non-negative int
     * @return the integer square root
     * @throws ValueError {@code isqrt() argument must be nonnegative}
     */
    public static Object isqrt(Object n) {
        BigInteger b = Ints.big(n);
        if (b.signum() < 0) {
            throw new ValueError("isqrt() argument must be nonnegative");
        }
        return Ints.normalize(b.sqrt());
    }

    /**
     * {@code math.prod(items, start=1)}.
     *
     * @param items numbers
     * @return their product with Python's {@code *}
     */
    public static Object prod(Object items) {
        return prod(items, 1L);
    }

    /**
     * {@code math.prod(items, start=start)}.
     *
     * @param items numbers
     * @param start the value the product starts from
     * @return their product with Python's {@code *}
     */
    public static Object prod(Object items, Object start) {
        Object acc = start;
        for (Object o : Py.iterable(items)) {
            acc = Py.mul(acc, o);
        }
        return acc;
    }

    /**
     * {@code math.fsum(items)}: the correctly rounded sum, computed exactly (as CPython's is).
     *
     * @param items numbers
     * @return the sum
     */
    public static double fsum(Object items) {
        BigDecimal exact = BigDecimal.ZERO;
        boolean nan = false;
        boolean posInf = false;
        boolean negInf = false;
        for (Object o : Py.iterable(items)) {
            double d = Builtins.toFloat(o);
            if (Double.isNaN(d)) {
                nan = true;
            } else if (Double.isInfinite(d)) {
                posInf |= d > 0;
                negInf |= d < 0;
            } else {
                exact = exact.add(new BigDecimal(d));
            }
        }
        if (nan) {
            return Double.NaN;
        }
        if (posInf && negInf) {
            throw new ValueError("-inf + inf in fsum");
        }
        if (posInf || negInf) {
            return posInf ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        double r = exact.doubleValue();
        if (Double.isInfinite(r)) {
            throw new OverflowError("intermediate overflow in fsum");
        }
        return r;
    }

    /**
     * {@code math.dist(p, q)}.
     *
     * @param p a point
     * @param q another point
     * @return the Euclidean distance
     */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new ValueError("both points must have the same number of dimensions");
        }
        double[] d = new double[p.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = p[k] - q[k];
        }
        return hypot(d);
    }
}

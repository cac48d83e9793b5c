package io.portalis.pylib;

import io.portalis.pylib.stdlib.LibraryPow;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Python {@code float} semantics on Java {@code double}: CPython's {@code repr} (shortest round-trip),
 * floor division and modulo with the divisor's sign, {@code **} with CPython's errors, {@code round} half-even,
 * parsing as {@code float()} accepts it, and CPython's hash.
 *
 * <p>All methods take and return primitives, so the typed path never boxes.
 */
public final class Floats {
    private static final String DIGITS = "\\d(?:_?\\d)*";
    private static final Pattern FLOAT_LITERAL = Pattern.compile(
            "[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?"
                    + "|(?i:inf|infinity|nan))");
    private static final long HASH_INF = 314159;

    private Floats() {
    }

    /**
     * CPython's {@code repr(x)} (and {@code str(x)}): the shortest decimal that reads back as {@code x}, in fixed
     * notation when the decimal exponent is in [-4, 16), else in exponent notation: {@code 0.30000000000000004},
     * {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code nan}, {@code -0.0}.
     *
     * @param x the value
     * @return the representation
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        if (x == (long) x && Math.abs(x) < 1e16) {
            // Integral values below 10**16 print as their digits and ".0"; no digit search is needed.
            return Long.toString((long) x).concat(".0");
        }
        byte[] text = new byte[REPR_ROOM];
        int length = writeShortest(x, text, 0);
        if (length > 0) {
            return new String(text, 0, length, StandardCharsets.ISO_8859_1);
        }
        return reprByJdk(x);
    }

    /** The room {@link #writeRepr} needs: a sign, 17 digits, a point, and zeros or an exponent. */
    public static final int REPR_ROOM = 32;

    /**
     * Writes CPython's {@code repr(x)} as Latin-1 bytes, as {@link #repr} gives it, without making a string for the
     * common values: the shortest round-trip digits are found with exact 128-bit integer arithmetic for values
     * from about {@code 1e-11} to {@code 2**53}, and through {@link #repr} for the others.
     *
     * @param x the value
     * @param out where the text goes; it needs {@link #REPR_ROOM} bytes from {@code at} on
     * @param at the index of the first byte
     * @return the index after the last byte written
     */
    public static int writeRepr(double x, byte[] out, int at) {
        long integral = (long) x;
        if (x == integral && x != 0 && Math.abs(x) < 1e16) {
            int p = at;
            if (integral < 0) {
                out[p++] = '-';
                integral = -integral;
            }
            p = writeDigits(integral, digitCount(integral), out, p);
            out[p++] = '.';
            out[p++] = '0';
            return p;
        }
        if (x != integral) {
            int end = writeShortest(x, out, at);
            if (end > 0) {
                return end;
            }
        }
        String s = repr(x);
        for (int k = 0; k < s.length(); k++) {
            out[at + k] = (byte) s.charAt(k);
        }
        return at + s.length();
    }

    /**
     * Writes an int's decimal digits as Latin-1 bytes, with a minus sign when negative, as the integral part of a
     * float's repr is written; for text made of bytes, such as JSON's.
     *
     * @param v the value
     * @param out where the text goes; it needs 20 bytes from {@code at} on
     * @param at the index of the first byte
     * @return the index after the last byte written
     */
    public static int writeDecimal(long v, byte[] out, int at) {
        int p = at;
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                String s = Long.toString(v);
                for (int k = 0; k < s.length(); k++) {
                    out[p++] = (byte) s.charAt(k);
                }
                return p;
            }
            out[p++] = '-';
            v = -v;
        }
        return writeDigits(v, digitCount(v), out, p);
    }

    /** 5**0 to 5**27, the powers of five a long holds. */
    private static final long[] POWERS_OF_FIVE = new long[28];

    static {
        long p = 1;
        for (int k = 0; k < POWERS_OF_FIVE.length; k++) {
            POWERS_OF_FIVE[k] = p;
            p *= 5;
        }
    }

    /**
     * Writes the repr of a finite non-integral {@code x} whose shortest digits can be found exactly in 128 bits, and
     * returns the index after it; returns 0 for the values it leaves to the general path (subnormals, magnitudes
     * below about {@code 1e-11} or at least {@code 2**53}, a rare boundary case).
     *
     * <p>With {@code x = c * 2**q} the doubles next to it bound the decimals that read back as {@code x} to an
     * interval of width about {@code 2**q} around it, closed when {@code c} is even (ties read back to the even
     * significand). Scaled by {@code 10**j} with {@code j = ceil(-q * log10(2))}, the interval is at least one wide,
     * so it holds an integer, and less than ten wide, so one scale down it holds at most one: that one, when there,
     * is the shortest decimal (a shorter one would be a multiple of ten here); else the shortest have {@code j}
     * decimals and the nearest to {@code x} is taken (the even one on a tie, as CPython's repr does). The scaled
     * bounds are {@code bound * 5**j / 2**s}, exact in 128 bits for these magnitudes.
     */
    private static int writeShortest(double x, byte[] out, int at) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        int q = biased - 1075;
        if (biased == 0 || q >= 0) {
            return 0;
        }
        long c = bits & 0xFFFFFFFFFFFFFL | 1L << 52;
        // ceil(-q * log10(2)), as -floor(q * log10(2)) by a fixed-point multiplication exact for |q| < 2620
        int j = -((q * 315653) >> 20);
        if (j > 27) {
            return 0;
        }
        boolean closed = (c & 1) == 0;
        // the interval in quarters of 2**q: the double below is half as far when c is the smallest significand
        long mid = c << 2;
        long lower = mid - (c == 1L << 52 && biased > 1 ? 1 : 2);
        long upper = mid + 2;
        int s = 2 - q - j;
        long n;
        int decimals;
        // one scale down: at most one integer
        long p5 = POWERS_OF_FIVE[j - 1];
        long hi = scaledFloor(upper, p5, s + 1);
        if (!closed && scaledExact(upper, p5, s + 1)) {
            hi--;
        }
        long lo = scaledFloor(lower, p5, s + 1);
        if (!closed || !scaledExact(lower, p5, s + 1)) {
            lo++;
        }
        if (lo <= hi) {
            n = lo;
            decimals = j - 1;
            // the zeros are stripped eight, then four, two and one at a time: a short decimal has many
            while (n % 100_000_000L == 0 && decimals >= 8) {
                n /= 100_000_000L;
                decimals -= 8;
            }
            for (int zeros = 4; zeros > 0; zeros >>= 1) {
                long unit = LONG_POWERS_OF_TEN[zeros];
                if (n % unit == 0 && decimals >= zeros) {
                    n /= unit;
                    decimals -= zeros;
                }
            }
            if (decimals <= 0) {
                return 0;
            }
        } else {
            p5 = POWERS_OF_FIVE[j];
            hi = scaledFloor(upper, p5, s);
            if (!closed && scaledExact(upper, p5, s)) {
                hi--;
            }
            lo = scaledFloor(lower, p5, s);
            if (!closed || !scaledExact(lower, p5, s)) {
                lo++;
            }
            if (lo > hi) {
                // the interval's width fell below one (the smallest significand's narrower side)
                return 0;
            }
            n = scaledFloor(mid, p5, s);
            // x's scaled fraction against one half; the nearest in the interval is its rounding or a bound
            long twice = scaledFloor(mid, p5, s - 1) - 2 * n;
            if (twice == 1 && (!scaledExact(mid, p5, s - 1) || (n & 1) == 1)) {
                n++;
            }
            // no trailing zero here: n / 10 would have been found one scale down
            n = Math.max(lo, Math.min(hi, n));
            decimals = j;
        }
        return layOut(x < 0, n, decimals, out, at);
    }

    /** {@code floor(v * p5 / 2**s)} for {@code v < 2**55}, {@code p5 < 2**63} and {@code 0 < s < 128}. */
    private static long scaledFloor(long v, long p5, int s) {
        long high = Math.multiplyHigh(v, p5);
        long low = v * p5;
        return s >= 64 ? high >>> (s - 64) : high << (64 - s) | low >>> s;
    }

    /** Whether {@code v * p5 / 2**s} is an integer, for the arguments of {@link #scaledFloor}. */
    private static boolean scaledExact(long v, long p5, int s) {
        long low = v * p5;
        if (s < 64) {
            return (low & (1L << s) - 1) == 0;
        }
        return low == 0 && (Math.multiplyHigh(v, p5) & (1L << (s - 64)) - 1) == 0;
    }

    /**
     * Writes {@code n * 10**-decimals} (n without trailing zeros, {@code decimals > 0}) as CPython's repr lays it
     * out: positional when the decimal exponent is in [-4, 16), else one digit, the others after a point, and
     * {@code e} with a sign and at least two digits.
     */
    private static int layOut(boolean negative, long n, int decimals, byte[] out, int at) {
        int p = at;
        if (negative) {
            out[p++] = '-';
        }
        int digits = digitCount(n);
        int exp = digits - 1 - decimals;
        if (exp >= -4 && exp < 16) {
            if (decimals >= digits) {
                out[p++] = '0';
                out[p++] = '.';
                for (int k = digits; k < decimals; k++) {
                    out[p++] = '0';
                }
                return writeDigits(n, digits, out, p);
            }
            long unit = LONG_POWERS_OF_TEN[decimals];
            p = writeDigits(n / unit, digits - decimals, out, p);
            out[p++] = '.';
            return writeDigits(n % unit, decimals, out, p);
        }
        int end = writeDigits(n, digits, out, p + 1);
        out[p] = out[p + 1];
        if (digits > 1) {
            out[p + 1] = '.';
        } else {
            end--;
        }
        out[end++] = 'e';
        out[end++] = (byte) (exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e >= 100) {
            out[end++] = (byte) ('0' + e / 100);
        }
        out[end++] = (byte) ('0' + e / 10 % 10);
        out[end++] = (byte) ('0' + e % 10);
        return end;
    }

    /** "00" to "99": two digits per division when writing a number. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int k = 0; k < 100; k++) {
            DIGIT_PAIRS[2 * k] = (byte) ('0' + k / 10);
            DIGIT_PAIRS[2 * k + 1] = (byte) ('0' + k % 10);
        }
    }

    /** 10**0 to 10**18. */
    private static final long[] LONG_POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int k = 0; k < LONG_POWERS_OF_TEN.length; k++) {
            LONG_POWERS_OF_TEN[k] = p;
            p *= 10;
        }
    }

    /** The number of decimal digits of a non-negative long. */
    private static int digitCount(long n) {
        if (n < 10) {
            return 1;
        }
        // floor(log10(n)) is bits * log10(2) or one more: 1233 / 4096 is log10(2) to the precision needed here.
        // The one more is the sign of 10**t - 1 - n rather than a comparison of n with the table's value: the
        // optimizing compiler folds that load into the compare instruction, and then cannot schedule it in the
        // methods that inline this one beside stores (the json encoder's, a float's repr): each such compilation
        // failed ("retry without subsuming loads") and was made a second time.
        int t = (64 - Long.numberOfLeadingZeros(n)) * 1233 >>> 12;
        return t + (int) ((LONG_POWERS_OF_TEN[t] - 1 - n) >>> 63);
    }

    /**
     * Writes {@code n} as {@code digits} decimal digits, with leading zeros if it has fewer, from {@code at};
     * returns the index after them. The last eight are taken apart in {@code int}s, whose division is cheaper, two
     * at a time.
     */
    private static int writeDigits(long n, int digits, byte[] out, int at) {
        int end = at + digits;
        int k = end;
        while (n >= 100_000_000L) {
            int low = (int) (n % 100_000_000L);
            n /= 100_000_000L;
            for (int r = 0; r < 4; r++) {
                int pair = low % 100;
                low /= 100;
                out[--k] = DIGIT_PAIRS[2 * pair + 1];
                out[--k] = DIGIT_PAIRS[2 * pair];
            }
        }
        int rest = (int) n;
        while (rest >= 100) {
            int pair = rest % 100;
            rest /= 100;
            out[--k] = DIGIT_PAIRS[2 * pair + 1];
            out[--k] = DIGIT_PAIRS[2 * pair];
        }
        if (rest >= 10) {
            out[--k] = DIGIT_PAIRS[2 * rest + 1];
            out[--k] = DIGIT_PAIRS[2 * rest];
        } else {
            out[--k] = (byte) ('0' + rest);
        }
        while (k > at) {
            out[--k] = '0';
        }
        return end;
    }

    /** {@link #repr} of a finite non-zero value that is not integral below 10**16, from the JDK's digits. */
    private static String reprByJdk(double x) {
        double magnitude = Math.abs(x);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            // Here both the JDK and CPython write positional digits, the same shortest ones except where the JDK
            // keeps two digits that one would round-trip (see shortest), so only that case needs the long way.
            String s = Double.toString(x);
            // two significant digits fit in "-0.0012", so a longer string needs no count
            if (s.length() > 7 || significantDigits(s) != 2) {
                return s;
            }
        }
        Decimal d = shortest(magnitude);
        return (x < 0 ? "-" : "") + layoutRepr(d.digits, d.point);
    }

    /**
     * The double nearest to {@code significand * 10**exponent}, found with one or two 64-bit multiplications
     * by a 128-bit power of five (the Eisel-Lemire method); {@code NaN} in the rare cases it cannot settle
     * that way (a value right between two doubles, a subnormal or an overflowing result), where the caller
     * must use a slower exact conversion.
     *
     * @param significand the decimal digits as an unsigned integer (at most 19 digits)
     * @param exponent the power of ten
     * @return the correctly rounded non-negative double, or {@code NaN}
     */
    public static double fromDecimal(long significand, int exponent) {
        if (significand == 0 || exponent < PowersOfFive.SMALLEST) {
            return 0.0;
        }
        if (exponent > PowersOfFive.LARGEST) {
            return Double.POSITIVE_INFINITY;
        }
        int zeros = Long.numberOfLeadingZeros(significand);
        long w = significand << zeros;
        int index = 2 * (exponent - PowersOfFive.SMALLEST);
        long high = Math.unsignedMultiplyHigh(w, PowersOfFive.TABLE[index]);
        long low = w * PowersOfFive.TABLE[index];
        if ((high & 0x1FF) == 0x1FF) {
            // the truncated power may be too small in the bits that decide: bring in its next 64 bits
            long lowTimesW = w * PowersOfFive.TABLE[index + 1];
            long middle = low + Math.unsignedMultiplyHigh(w, PowersOfFive.TABLE[index + 1]);
            if (Long.compareUnsigned(middle, low) < 0) {
                high++;
            }
            if (middle == -1L && (high & 0x1FF) == 0x1FF && Long.compareUnsigned(lowTimesW + w, lowTimesW) < 0) {
                return Double.NaN;
            }
            low = middle;
        }
        int upperBit = (int) (high >>> 63);
        long mantissa = high >>> (upperBit + 9);
        zeros += 1 ^ upperBit;
        if ((high & 0x1FF) == 0x1FF || (high & 0x1FF) == 0 && (mantissa & 3) == 1) {
            // possibly halfway between two doubles, where rounding to even needs the exact value
            return Double.NaN;
        }
        mantissa = (mantissa + 1) >>> 1;
        if (mantissa >= 1L << 53) {
            mantissa = 1L << 52;
            zeros--;
        }
        mantissa &= ~(1L << 52);
        long biased = (((152170L + 65536L) * exponent) >> 16) + 1024 + 63 - zeros;
        if (biased < 1 || biased > 2046) {
            return Double.NaN;
        }
        return Double.longBitsToDouble(mantissa | biased << 52);
    }

    /** 5**q for q from -342 to 308, each as its 128 most significant bits (two longs, high first). */
    static final class PowersOfFive {
        static final int SMALLEST = -342;
        static final int LARGEST = 308;
        static final long[] TABLE = build();

        /**
         * Each power from the one before, by one multiplication or division by five: taking each by itself (a
         * power of a large exponent, a division by it) cost a program's first decoded float tens of milliseconds.
         */
        private static long[] build() {
            long[] table = new long[2 * (LARGEST - SMALLEST + 1)];
            BigInteger five = BigInteger.valueOf(5);
            BigInteger power = BigInteger.ONE;
            for (int q = 0; q <= LARGEST; q++) {
                put(table, q, power);
                power = power.multiply(five);
            }
            // for q < 0, a reciprocal rounded up, so that the product errs on the side the method corrects for:
            // 2**b // 5**-q + 1 with b = z + 127 (q >= -27) or 2 * z + 128, z the bit length of 5**-q; each
            // 2**b // 5**-q is 2**top // 5**-q, itself the last one divided by five (a floor of a floor), shifted
            int top = 2 * five.pow(-SMALLEST).bitLength() + 128;
            BigInteger reciprocal = BigInteger.ONE.shiftLeft(top);
            power = BigInteger.ONE;
            for (int q = -1; q >= SMALLEST; q--) {
                power = power.multiply(five);
                reciprocal = reciprocal.divide(five);
                int z = power.bitLength();
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                put(table, q, reciprocal.shiftRight(top - b).add(BigInteger.ONE));
            }
            return table;
        }

        /** Stores the 128 most significant bits of {@code c} (shifted up to 128 bits when shorter) for {@code q}. */
        private static void put(long[] table, int q, BigInteger c) {
            int length = c.bitLength();
            c = length <= 128 ? c.shiftLeft(128 - length) : c.shiftRight(length - 128);
            table[2 * (q - SMALLEST)] = c.shiftRight(64).longValue();
            table[2 * (q - SMALLEST) + 1] = c.longValue();
        }
    }

    /** The digits of a positional number's text from its first non-zero digit on. */
    private static int significantDigits(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '1' && c <= '9' || c == '0' && n > 0) {
                n++;
            }
        }
        return n;
    }

    /** A positive decimal {@code 0.DIGITS * 10**point}, digits without leading or trailing zeros. */
    record Decimal(String digits, int point) {
    }

    /**
     * The shortest decimal that round-trips to {@code x} (positive, finite), choosing the nearest when several
     * have that length, as CPython's {@code repr} does.
     */
    static Decimal shortest(double x) {
        // The JDK's Double.toString gives the shortest round-trip digits, except that where one digit would do it
        // may give two (it prefers the closer of lengths 1 and 2); that case is settled below.
        String s = Double.toString(x);
        int n = s.length();
        StringBuilder b = new StringBuilder(20);
        int dot = -1;
        boolean afterDot = false;
        int k = 0;
        for (; k < n; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                dot = b.length();
                afterDot = true;
            } else if (c == 'E') {
                break;
            } else if (c != '0' || !b.isEmpty()) {
                b.append(c);
            } else if (afterDot) {
                // A zero after the point but before the first significant digit moves the point left.
                dot--;
            }
        }
        int exp = k < n ? Integer.parseInt(s, k + 1, n, 10) : 0;
        int point = dot + exp;
        int end = b.length();
        while (end > 1 && b.charAt(end - 1) == '0') {
            end--;
        }
        String digits = b.substring(0, end);
        if (digits.length() == 2) {
            Decimal one = oneDigit(x, digits, point);
            if (one != null) {
                return one;
            }
        }
        return new Decimal(digits, point);
    }

    /**
     * The shortest digits of a value rounded to {@code keep} significant digits, or {@code null} when the exact
     * binary value must decide. Rounding the shortest round-trip digits gives the same result as rounding the
     * exact value except when the dropped digits are exactly "5": a decimal midpoint strictly between the two
     * would be a shorter or closer round-trip representation than the shortest one, which cannot exist. Keeping
     * at least as many digits as the shortest form has is exact only while the last kept digit's unit exceeds
     * the double's spacing (with a factor of two to spare); beyond that the exact value's digits are needed.
     */
    static Decimal roundShortest(double a, Decimal d, int keep) {
        String digits = d.digits;
        if (keep <= 0) {
            return null;
        }
        if (keep >= digits.length()) {
            int unitExponent = d.point - keep;
            return unitExponent > -300 && 2 * Math.ulp(a) < Math.pow(10, unitExponent) ? d : null;
        }
        if (digits.length() == keep + 1 && digits.charAt(keep) == '5') {
            return null;
        }
        char[] kept = digits.substring(0, keep).toCharArray();
        if (digits.charAt(keep) >= '5') {
            int k = keep - 1;
            while (k >= 0 && kept[k] == '9') {
                kept[k] = '0';
                k--;
            }
            if (k < 0) {
                return new Decimal("1", d.point + 1);
            }
            kept[k]++;
        }
        int end = kept.length;
        while (end > 1 && kept[end - 1] == '0') {
            end--;
        }
        return new Decimal(new String(kept, 0, end), d.point);
    }

    private static Decimal oneDigit(double x, String two, int point) {
        int first = two.charAt(0) - '0';
        Decimal down = new Decimal(String.valueOf(first), point);
        Decimal up = first == 9 ? new Decimal("1", point + 1) : new Decimal(String.valueOf(first + 1), point);
        boolean downOk = value(down) == x;
        boolean upOk = value(up) == x;
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(x);
            BigDecimal dd = exact.subtract(bigDecimal(down)).abs();
            BigDecimal du = bigDecimal(up).subtract(exact).abs();
            return dd.compareTo(du) <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static BigDecimal bigDecimal(Decimal d) {
        return new BigDecimal(new BigInteger(d.digits), d.digits.length() - d.point);
    }

    private static double value(Decimal d) {
        return Double.parseDouble("0." + d.digits + "E" + d.point);
    }

    /** Lays out digits as repr does: exponent form when the exponent is below -4 or at least 16. */
    static String layoutRepr(String digits, int point) {
        int exp = point - 1;
        if (exp < -4 || exp >= 16) {
            StringBuilder b = new StringBuilder();
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            return b.append(exponent('e', exp)).toString();
        }
        return fixed(digits, point, true);
    }

    /** Digits placed around a decimal point, with ".0" added when {@code dotZero} and no fraction remains. */
    static String fixed(String digits, int point, boolean dotZero) {
        StringBuilder b = new StringBuilder();
        if (point <= 0) {
            b.append("0.");
            b.repeat('0', -point);
            b.append(digits);
        } else if (point >= digits.length()) {
            b.append(digits);
            b.repeat('0', point - digits.length());
            if (dotZero) {
                b.append(".0");
            }
        } else {
            b.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return b.toString();
    }

    /** CPython's exponent suffix: a sign and at least two digits ({@code e+16}, {@code e-05}). */
    static String exponent(char e, int exp) {
        String n = String.valueOf(Math.abs(exp));
        return e + (exp < 0 ? "-" : "+") + (n.length() < 2 ? "0" + n : n);
    }

    /**
     * Parses text as {@code float(s)} does: surrounding whitespace, a sign, underscores between digits,
     * {@code inf}/{@code infinity}/{@code nan} in any case. Hexadecimal and Java suffixes ({@code 1d}) are
     * rejected, as CPython rejects them.
     *
     * @param s the text
     * @return the nearest double
     * @throws ValueError {@code could not convert string to float: '…'}
     */
    public static double parse(String s) {
        if (plainDecimal(s)) {
            // the common shape, which the JDK reads exactly as CPython does: no pattern, no copies
            return Double.parseDouble(s);
        }
        String t = asciiDigits(Strs.strip(s));
        if (!FLOAT_LITERAL.matcher(t).matches()) {
            throw new ValueError("could not convert string to float: " + Strs.repr(s));
        }
        String lower = t.toLowerCase();
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (body.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /**
     * Whether text is a plain decimal number, {@code [+-]digits[.digits][(e|E)[+-]digits]} with digits on at least
     * one side of the point, in ASCII without spaces or underscores: what float() is given most often.
     */
    private static boolean plainDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Python accepts any Unicode decimal digit in numbers; the pattern and the JDK parser want ASCII. */
    private static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > 0x7f && Character.isDigit(c)) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, k));
                }
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Typed {@code a / b} on floats.
     *
     * @param a dividend
     * @param b divisor
     * @return the quotient
     * @throws ZeroDivisionError {@code float division by zero}
     */
    public static double trueDiv(double a, double b) {
        if (b == 0) {
            throw new ZeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /**
     * Typed {@code a % b} on floats: the result has the divisor's sign ({@code -7.0 % 2 == 1.0},
     * {@code 7.0 % -2 == -1.0}), computed as CPython does.
     *
     * @param a dividend
     * @param b divisor
     * @return the modulo
     * @throws ZeroDivisionError {@code float modulo}
     */
    public static double mod(double a, double b) {
        if (b == 0) {
            throw new ZeroDivisionError("float modulo");
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /**
     * Typed {@code a // b} on floats, computed as CPython does (so that {@code a == (a // b) * b + a % b} as
     * nearly as floating point allows).
     *
     * @param a dividend
     * @param b divisor
     * @return the floored quotient, as a float
     * @throws ZeroDivisionError {@code float floor division by zero}
     */
    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw new ZeroDivisionError("float floor division by zero");
        }
        return divmodQuotient(a, b);
    }

    /**
     * {@code divmod(a, b)} on floats.
     *
     * @param a dividend
     * @param b divisor
     * @return the tuple {@code (a // b, a % b)}
     * @throws ZeroDivisionError {@code float divmod()}
     */
    public static PyTuple divmod(double a, double b) {
        if (b == 0) {
            throw new ZeroDivisionError("float divmod()");
        }
        return PyTuple.of(divmodQuotient(a, b), mod(a, b));
    }

    private static double divmodQuotient(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div != 0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, a / b);
    }

    /**
     * Typed {@code min(a, b)} on floats: the first of the smallest, as CPython compares them ({@code min(0.0, -0.0)}
     * is {@code 0.0}, {@code min(1.0, nan)} is {@code 1.0} and {@code min(nan, 1.0)} is {@code nan}), unlike
     * {@link Math#min(double, double)}.
     *
     * @param a first
     * @param b second
     * @return {@code b} if it is smaller than {@code a}, else {@code a}
     */
    public static double min(double a, double b) {
        return b < a ? b : a;
    }

    /**
     * Typed {@code max(a, b)} on floats: the first of the largest, as CPython compares them.
     *
     * @param a first
     * @param b second
     * @return {@code b} if it is larger than {@code a}, else {@code a}
     */
    public static double max(double a, double b) {
        return b > a ? b : a;
    }

    /**
     * Typed {@code a ** b} on floats, with CPython's special cases and errors.
     *
     * @param a base
     * @param b exponent
     * @return the power
     * @throws ZeroDivisionError for {@code 0.0 ** negative}
     * @throws OverflowError {@code (34, 'Numerical result out of range')} when a finite power overflows
     * @throws ValueError for a negative base and a fractional exponent, whose Python result is a complex number
     *     that a {@code double} cannot hold ({@link Py#pow} returns it as a {@link PyComplex})
     */
    public static double pow(double a, double b) {
        if (b == 0 || a == 1) {
            return 1.0;
        }
        if (a == 0 && b < 0 && !Double.isInfinite(b)) {
            throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && !Double.isInfinite(a) && Double.isFinite(b) && b != Math.rint(b)) {
            throw new ValueError("complex result of a negative number raised to a fractional power is not supported");
        }
        double r = LibraryPow.pow(a, b);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw new OverflowError(PyTuple.of(34L, "Numerical result out of range"));
        }
        return r;
    }

    /**
     * {@code round(x)}: the nearest int, ties to even ({@code round(2.5) == 2}).
     *
     * @param x the value
     * @return a normalised int
     * @throws OverflowError for an infinity
     * @throws ValueError for NaN
     */
    public static Object round(double x) {
        return toInt(Math.rint(x));
    }

    /** 10**0 to 10**22, the powers of ten a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];

    static {
        double p = 1.0;
        for (int k = 0; k < EXACT_POWERS_OF_TEN.length; k++) {
            EXACT_POWERS_OF_TEN[k] = p;
            p *= 10.0;
        }
    }

    /**
     * The integer nearest {@code x * 10**n} (computed from the exact binary value of {@code x}), when it is below
     * 2**52 and the exact product is clearly nearer it than any other integer; NaN for a tie or a near-tie, which
     * the caller settles exactly. {@code x * 10**n} is split exactly into {@code prod + err}, so the test is exact.
     *
     * @param x a finite value
     * @param n decimal places, {@code 0 <= n < 23}
     * @return an integral double of the same sign as the product, or NaN
     */
    static double scaledRint(double x, int n) {
        double p = EXACT_POWERS_OF_TEN[n];
        double prod = x * p;
        if (Math.abs(prod) < 0x1p52) {
            double err = Math.fma(x, p, -prod);
            double whole = Math.rint(prod);
            if (Math.abs(prod - whole) + Math.abs(err) < 0.5) {
                return whole;
            }
        }
        return Double.NaN;
    }

    /**
     * {@code round(x, n)}: rounds the exact binary value to {@code n} decimal places, ties to even, then reads
     * the decimal back, as CPython does; so {@code round(2.675, 2) == 2.67} because 2.675 is stored below it.
     *
     * @param x the value
     * @param n decimal places, possibly negative
     * @return the rounded float (an infinity or NaN is returned as is)
     * @throws OverflowError {@code rounded value too large to represent}
     */
    public static double round(double x, long n) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        if (n > 330) {
            return x;
        }
        if (n < -330) {
            return Math.copySign(0.0, x);
        }
        if (n >= 0 && n < EXACT_POWERS_OF_TEN.length) {
            // the integer over 10**n (both exact) divides to the double nearest the rounded decimal, as CPython's
            // decimal string read back would be
            double whole = scaledRint(x, (int) n);
            if (!Double.isNaN(whole)) {
                return Math.copySign(whole / EXACT_POWERS_OF_TEN[(int) n], x);
            }
        }
        double r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw new OverflowError("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    /**
     * {@code int(x)}: truncation toward zero.
     *
     * @param x the value
     * @return a normalised int
     * @throws OverflowError {@code cannot convert float infinity to integer}
     * @throws ValueError {@code cannot convert float NaN to integer}
     */
    public static Object toInt(double x) {
        if (Double.isNaN(x)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new OverflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.2e18) {
            return (long) x;
        }
        return Ints.normalize(new BigDecimal(x).toBigInteger());
    }

    /**
     * Typed {@code int(x)}: truncation toward zero, for a result known to fit in 64 bits.
     *
     * @param x the value
     * @return the truncated value
     * @throws OverflowError for an infinity or a value outside 64 bits
     * @throws ValueError for NaN
     */
    public static long toLong(double x) {
        return Ints.toLong(toInt(x));
    }

    /**
     * Typed {@code round(x)}: the nearest int, ties to even, for a result known to fit in 64 bits.
     *
     * @param x the value
     * @return the rounded value
     * @throws OverflowError for an infinity or a value outside 64 bits
     * @throws ValueError for NaN
     */
    public static long roundToLong(double x) {
        return Ints.toLong(round(x));
    }

    /**
     * {@code x.is_integer()}.
     *
     * @param x the value
     * @return whether it is finite and integral
     */
    public static boolean isInteger(double x) {
        return Double.isFinite(x) && x == Math.rint(x);
    }

    /**
     * {@code x.as_integer_ratio()}: the exact fraction, in lowest terms with a positive denominator.
     *
     * @param x the value
     * @return the tuple (numerator, denominator) of ints
     * @throws OverflowError for an infinity
     * @throws ValueError for a NaN
     */
    public static PyTuple asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw new OverflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw new ValueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return PyTuple.of(0L, 1L);
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        if (biased != 0) {
            mantissa |= 1L << 52;
        }
        int exp = (biased == 0 ? 1 : biased) - 1075;
        int shift = Math.min(Long.numberOfTrailingZeros(mantissa), Math.max(0, -exp));
        mantissa >>= shift;
        exp += shift;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mantissa : mantissa);
        if (exp >= 0) {
            return PyTuple.of(Ints.normalize(num.shiftLeft(exp)), 1L);
        }
        return PyTuple.of(Ints.normalize(num), Ints.normalize(BigInteger.ONE.shiftLeft(-exp)));
    }

    /**
     * {@code float.fromhex(text)}: {@code [sign][0x]digits[.digits][p[sign]exponent]}, or inf/nan, rounded to
     * the nearest float.
     *
     * @param text the hexadecimal form, surrounding whitespace allowed
     * @return the float
     * @throws ValueError {@code invalid hexadecimal floating-point string}
     * @throws OverflowError {@code hexadecimal value too large to represent as a float}
     */
    public static double fromHex(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        String sign = "";
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.substring(0, 1);
            t = t.substring(1);
        }
        if (t.equals("inf") || t.equals("infinity")) {
            return sign.equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals("nan")) {
            return Double.NaN;
        }
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        if (!t.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
            throw new ValueError("invalid hexadecimal floating-point string");
        }
        double d;
        try {
            d = Double.parseDouble(sign + "0x" + (t.contains("p") ? t : t + "p0"));
        } catch (NumberFormatException e) {
            throw new ValueError("invalid hexadecimal floating-point string");
        }
        if (Double.isInfinite(d)) {
            throw new OverflowError("hexadecimal value too large to represent as a float");
        }
        return d;
    }

    /**
     * {@code x.hex()}, as CPython writes it: {@code 0x1.8000000000000p+1} for 3.0, {@code 0x0.0p+0} for 0.0.
     *
     * @param x the value
     * @return the hexadecimal form
     */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & ((1L << 52) - 1);
        int exp = biased == 0 ? -1022 : biased - 1023;
        String digits = String.format("%013x", fraction);
        return sign + "0x" + (biased == 0 ? "0" : "1") + "." + digits + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    /**
     * CPython's {@code hash()} of a float: equal to the hash of the equal int when integral, so that
     * {@code 1 == 1.0} share a dict slot.
     *
     * @param x the value
     * @return the hash ({@code 314159} for infinity; NaN hashes by identity in CPython, here to 0)
     */
    public static long hash(double x) {
        if (Double.isNaN(x)) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? HASH_INF : -HASH_INF;
        }
        if (x == 0) {
            return 0;
        }
        // frexp: x = m * 2**e with 0.5 <= |m| < 1.
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            double scaled = x * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = Math.scalb(scaled, -(e + 54));
        } else {
            e = e + 1;
            m = Math.scalb(x, -e);
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        final long modulus = Ints.HASH_MODULUS;
        final int bits = 61;
        long h = 0;
        while (m != 0) {
            h = ((h << 28) & modulus) | h >>> (bits - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            h += y;
            if (Long.compareUnsigned(h, modulus) >= 0) {
                h -= modulus;
            }
        }
        e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
        h = ((h << e) & modulus) | h >>> (bits - e);
        h = h * sign;
        return h == -1 ? -2 : h;
    }
}

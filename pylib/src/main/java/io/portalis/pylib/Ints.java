package io.portalis.pylib;

import java.math.BigInteger;

/**
 * Python {@code int} semantics, for both paths of generated code.
 *
 * <p><b>Typed path.</b> Where the translator knows a value is an int it emits a Java {@code long} and calls the
 * {@code long} overloads here ({@link #add(long, long)}, {@link #floorDiv(long, long)}, {@link #pow(long, long)},
 * …). They are plain arithmetic plus an overflow check, with no boxing. A result outside 64 bits never wraps:
 * it throws {@link OverflowError} with a message saying that the value outgrew the 64-bit representation. A
 * translator that cannot bound a value uses the dynamic path instead.
 *
 * <p><b>Dynamic path.</b> An int held in an {@code Object} is a {@link Long} when it fits in 64 bits and a
 * {@link BigInteger} otherwise; {@link #normalize(BigInteger)} restores that invariant after every
 * {@code BigInteger} operation, so equal ints are always equal Java objects. {@link Py}'s operators promote from
 * {@code Long} to {@code BigInteger} on overflow.
 */
public final class Ints {
    /** CPython's hash modulus for numbers: the Mersenne prime 2**61 - 1. */
    static final long HASH_MODULUS = (1L << 61) - 1;

    private Ints() {
    }

    /**
     * The canonical dynamic representation of an int: a {@link Long} when it fits, else the {@link BigInteger}.
     *
     * @param v the value
     * @return {@code v} as a {@code Long} or a {@code BigInteger} of more than 64 bits
     */
    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /**
     * Converts a dynamic int ({@code Long}, {@code BigInteger} or {@code Boolean}) to a {@code BigInteger}.
     *
     * @param v the int
     * @return the same value as a {@code BigInteger}
     * @throws TypeError if {@code v} is not an int
     */
    public static BigInteger big(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /**
     * Converts a dynamic int to a {@code long}, as a typed variable receives it.
     *
     * @param v a {@code Long}, {@code Boolean} or {@code BigInteger}
     * @return the value
     * @throws OverflowError if it does not fit in 64 bits
     * @throws TypeError if {@code v} is not an int
     */
    public static long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof BigInteger b) {
            if (b.bitLength() < 64) {
                return b.longValue();
            }
            // the message of CPython's conversion to Py_ssize_t, which sizes, counts and positions go through
            throw new OverflowError("Python int too large to convert to C ssize_t");
        }
        throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /**
     * Whether {@code v} is a Python int (bool included).
     *
     * @param v any value
     * @return true for Long, BigInteger, Boolean
     */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    /**
     * The exact result of int arithmetic that the typed path recomputed dynamically after an intermediate value
     * passed 64 bits ({@code p * c % m}), as the typed path's {@code long}.
     *
     * @param v the exact result, a Python int
     * @return its value
     * @throws OverflowError when the result itself does not fit in 64 bits
     */
    public static long exact(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw overflow();
    }

    private static OverflowError overflow() {
        return OverflowError.typedPath();
    }

    /**
     * Whether {@code v} lies in {@code [-2**bits, 2**bits)}: the test under which translated int arithmetic whose
     * bounds fit in 64 bits runs without overflow checks.
     *
     * @param v a typed int
     * @param bits the magnitude's bit count, 0 to 62
     * @return whether it is that small
     */
    public static boolean fits(long v, int bits) {
        return ((v >> bits) + 1) >>> 1 == 0;
    }

    /**
     * Typed {@code a + b}.
     *
     * @param a left
     * @param b right
     * @return the sum
     * @throws OverflowError past 64 bits
     */
    public static long add(long a, long b) {
        try {
            // the optimizing compiler's intrinsic: the add and a jump on the overflow flag, no test of the result
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    /**
     * Typed {@code a - b}.
     *
     * @param a left
     * @param b right
     * @return the difference
     * @throws OverflowError past 64 bits
     */
    public static long sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw overflow();
        }
        return r;
    }

    /**
     * Typed {@code a * b}.
     *
     * @param a left
     * @param b right
     * @return the product
     * @throws OverflowError past 64 bits
     */
    public static long mul(long a, long b) {
        long lo = a * b;
        // the product fits when its high half only extends the low half's sign
        if (Math.multiplyHigh(a, b) != lo >> 63) {
            throw overflow();
        }
        return lo;
    }

    /**
     * Typed {@code -a}.
     *
     * @param a operand
     * @return the negation
     * @throws OverflowError for {@code Long.MIN_VALUE}
     */
    public static long neg(long a) {
        if (a == Long.MIN_VALUE) {
            throw overflow();
        }
        return -a;
    }

    /**
     * Typed {@code abs(a)}.
     *
     * @param a operand
     * @return its absolute value
     * @throws OverflowError for {@code Long.MIN_VALUE}
     */
    public static long abs(long a) {
        if (a == Long.MIN_VALUE) {
            throw overflow();
        }
        return Math.abs(a);
    }

    /**
     * {@code n.bit_length()}.
     *
     * @param n the int
     * @return the number of bits of {@code abs(n)}
     */
    public static long bitLength(long n) {
        return n == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(n));
    }

    /**
     * {@code n.bit_length()} for a dynamic int.
     *
     * @param n the int
     * @return the number of bits of {@code abs(n)}
     */
    public static long bitLength(Object n) {
        return big(n).abs().bitLength();
    }

    /**
     * {@code n.bit_count()}.
     *
     * @param n the int
     * @return the number of one bits of {@code abs(n)}
     */
    public static long bitCount(Object n) {
        return big(n).abs().bitCount();
    }

    /**
     * Typed {@code int(s)}: parses a base-10 literal that must fit in 64 bits.
     *
     * @param s the text
     * @return the value
     * @throws ValueError for text CPython rejects
     * @throws OverflowError if the int does not fit in 64 bits
     */
    public static long parseLong(String s) {
        return toLong(parse(s, 10));
    }

    /**
     * Typed {@code a // b}: floor division, rounding toward negative infinity ({@code -7 // 2 == -4}).
     *
     * @param a dividend
     * @param b divisor
     * @return the floored quotient
     * @throws ZeroDivisionError if {@code b == 0}
     * @throws OverflowError for {@code Long.MIN_VALUE // -1}
     */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw new ZeroDivisionError("integer division or modulo by zero");
        }
        if (b == -1 && a == Long.MIN_VALUE) {
            throw overflow();
        }
        return Math.floorDiv(a, b);
    }

    /**
     * Typed {@code a % b}: the result has the sign of the divisor ({@code -7 % 2 == 1}).
     *
     * @param a dividend
     * @param b divisor
     * @return the modulo
     * @throws ZeroDivisionError if {@code b == 0}
     */
    public static long mod(long a, long b) {
        if (a >= 0 && a < b) {
            // an index already in range ((c + 1) % cols inside a row): no division
            return a;
        }
        if (b == 0) {
            throw new ZeroDivisionError("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    /**
     * Typed {@code a / b} on ints: true division giving a float, correctly rounded as CPython's.
     *
     * @param a dividend
     * @param b divisor
     * @return the quotient
     * @throws ZeroDivisionError if {@code b == 0}
     */
    public static double trueDiv(long a, long b) {
        if (b == 0) {
            throw new ZeroDivisionError("division by zero");
        }
        // Both operands exact in a double: IEEE division is then correctly rounded.
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) {
            return (double) a / (double) b;
        }
        return trueDiv(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /**
     * {@code a / b} on arbitrary ints, correctly rounded to the nearest double (as CPython does).
     *
     * @param a dividend
     * @param b divisor
     * @return the quotient
     * @throws ZeroDivisionError if {@code b} is zero
     * @throws OverflowError if the quotient is too large for a float
     */
    public static double trueDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw new ZeroDivisionError("division by zero");
        }
        // A zero quotient keeps the sign of the division, as CPython's float result does (0 / -5 == -0.0).
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        // Scale so the integer quotient has 55+ bits, then round once with a sticky bit: correct rounding.
        int shift = d.bitLength() - n.bitLength() + 55;
        BigInteger num = shift > 0 ? n.shiftLeft(shift) : n;
        BigInteger den = shift < 0 ? d.shiftLeft(-shift) : d;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            q = q.shiftLeft(1).or(BigInteger.ONE);
            shift++;
        }
        double r = scaleRounded(q, -shift);
        if (Double.isInfinite(r)) {
            throw new OverflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** q * 2**exp rounded half-even to a double, where q's low bit may be a sticky bit. */
    private static double scaleRounded(BigInteger q, int exp) {
        int excess = q.bitLength() - 53;
        // Subnormal results keep fewer bits.
        int minExp = -1074;
        if (exp + excess < minExp) {
            excess = minExp - exp;
        }
        if (excess > 0) {
            BigInteger kept = q.shiftRight(excess);
            BigInteger rest = q.subtract(kept.shiftLeft(excess));
            BigInteger half = BigInteger.ONE.shiftLeft(excess - 1);
            int c = rest.compareTo(half);
            if (c > 0 || (c == 0 && kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            q = kept;
            exp += excess;
        }
        if (q.bitLength() > 1100 || exp > 1100) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.scalb(q.doubleValue(), exp);
    }

    /**
     * Converts an int to the nearest float, as {@code float(n)} does.
     *
     * @param v the int
     * @return the nearest double (ties to even)
     * @throws OverflowError if it is too large for a float
     */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new OverflowError("int too large to convert to float");
        }
        return d;
    }

    /**
     * Typed {@code a ** b} for a non-negative exponent.
     *
     * @param a base
     * @param b exponent, at least 0
     * @return the power
     * @throws OverflowError past 64 bits
     * @throws ValueError if {@code b} is negative (the result would be a float: use {@link Py#pow})
     */
    public static long pow(long a, long b) {
        if (b < 0) {
            throw new ValueError("negative exponent on the typed int path; the result is a float");
        }
        long result = 1;
        long base = a;
        long e = b;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = mul(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = mul(base, base);
            }
        }
        return result;
    }

    /**
     * {@code a ** b} on arbitrary ints, as the dynamic path computes it.
     *
     * @param a base
     * @param b exponent
     * @return a normalised int, or a {@code Double} for a negative exponent
     * @throws ZeroDivisionError for {@code 0 ** negative}
     */
    public static Object pow(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return Floats.pow(toDouble(a), b.doubleValue());
        }
        if (a.equals(BigInteger.ONE) || a.signum() == 0) {
            return normalize(b.signum() == 0 ? BigInteger.ONE : a);
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return b.testBit(0) ? -1L : 1L;
        }
        if (b.bitLength() > 31) {
            throw new MemoryError();
        }
        return normalize(a.pow(b.intValueExact()));
    }

    /**
     * Three-argument {@code pow(a, b, m)}, including negative exponents (modular inverse) as Python 3.8+ allows.
     *
     * @param a base
     * @param b exponent
     * @param m modulus
     * @return the result, with the sign of {@code m}
     * @throws ValueError if {@code m} is zero or {@code a} has no inverse modulo {@code m}
     */
    public static Object pow(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) {
            throw new ValueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.modInverse(am).modPow(b.negate(), am);
            } catch (ArithmeticException e) {
                throw new ValueError("base is not invertible for the given modulus");
            }
        } else {
            r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : a.modPow(b, am);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return normalize(r);
    }

    /**
     * Python's {@code hash()} of an int: the value modulo 2**61 - 1 with the sign kept, and -1 mapped to -2.
     *
     * @param v the value
     * @return CPython's hash
     */
    public static long hash(long v) {
        long r;
        if (v >= 0) {
            r = v % HASH_MODULUS;
        } else if (v == Long.MIN_VALUE) {
            return hash(BigInteger.valueOf(v));
        } else {
            r = -((-v) % HASH_MODULUS);
        }
        return r == -1 ? -2 : r;
    }

    /**
     * Python's {@code hash()} of a big int.
     *
     * @param v the value
     * @return CPython's hash
     */
    public static long hash(BigInteger v) {
        long r = v.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
        r = v.signum() < 0 ? -r : r;
        return r == -1 ? -2 : r;
    }

    /**
     * Parses an int literal as {@code int(s, base)} does: surrounding whitespace, a sign, underscores between
     * digits, and for base 0 (or a matching base) the prefixes {@code 0x}, {@code 0o}, {@code 0b}.
     *
     * @param s the text
     * @param base 0 or 2..36
     * @return a normalised int
     * @throws ValueError for text CPython rejects, with CPython's message
     */
    public static Object parse(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw new ValueError("int() base must be >= 2 and <= 36, or 0");
        }
        String t = Strs.strip(s);
        int i = 0;
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        int b = base;
        if (t.length() - i >= 2 && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                // After a prefix an underscore may come first: 0x_ff.
                if (i < t.length() && t.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
        }
        StringBuilder digits = new StringBuilder(t.length());
        boolean lastUnderscore = true;
        for (int j = i; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalidLiteral(s, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0 || c > 0x7f && !Character.isDigit(c)) {
                throw invalidLiteral(s, base);
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw invalidLiteral(s, base);
        }
        // Base 0 rejects leading zeros in a non-zero decimal literal, like Python source.
        if (base == 0 && b == 10 && digits.length() > 1 && digits.charAt(0) == '0'
                && !digits.chars().allMatch(ch -> ch == '0')) {
            throw invalidLiteral(s, base);
        }
        String ds = digits.toString();
        int limit = Sys.intMaxStrDigits;
        if (limit > 0 && (b & (b - 1)) != 0 && ds.length() > limit) {
            throw new ValueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + ds.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (ds.length() <= 18 && b == 10 || ds.length() <= 12) {
            long v = Long.parseLong(ds, b);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(ds, b);
        return normalize(negative ? v.negate() : v);
    }

    private static ValueError invalidLiteral(String s, int base) {
        return new ValueError("invalid literal for int() with base " + base + ": " + Strs.repr(s));
    }

    /**
     * Formats an int in a base with Python's prefix, as {@code bin}, {@code oct} and {@code hex} do
     * ({@code hex(-255) == '-0xff'}).
     *
     * @param v a dynamic int
     * @param radix 2, 8 or 16
     * @return the text
     */
    public static String toBase(Object v, int radix) {
        BigInteger b = big(v);
        String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /**
     * {@code str(n)} for an int: its decimal digits, refused beyond {@link Sys#intMaxStrDigits} digits as
     * CPython 3.11 refuses them (a guard against quadratic-time conversion).
     *
     * @param v the int
     * @return the decimal text
     * @throws ValueError {@code Exceeds the limit (4300 digits) for integer string conversion; …}
     */
    public static String toDecimal(BigInteger v) {
        String s = v.toString();
        int limit = Sys.intMaxStrDigits;
        if (limit > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > limit) {
            throw new ValueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }
}

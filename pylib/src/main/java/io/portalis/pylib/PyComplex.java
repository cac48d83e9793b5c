package io.portalis.pylib;

import io.portalis.pylib.stdlib.LibraryLog;
import io.portalis.pylib.stdlib.LibrarySin;
import java.math.BigInteger;

/**
 * Python's {@code complex}: a pair of doubles with CPython's arithmetic (the same formulas, so that infinities,
 * NaNs and signed zeros come out as CPython's do), {@code repr}, hash and string parsing.
 *
 * <p>An int, bool or float meeting a complex in an operator is first converted to {@code complex(x, 0.0)}, as
 * CPython 3.11 does: {@code 2 * complex(inf, 0)} is {@code (inf+nanj)}, because the zero imaginary part of the
 * converted 2 takes part in the product.
 *
 * @param real the real part
 * @param imag the imaginary part
 */
public record PyComplex(double real, double imag) implements PyRepr {
    private static final long HASH_IMAG = 1000003;

    /**
     * The complex an operand converts to, or null when it is not a number ({@code str}, a list...).
     *
     * @param v an operand
     * @return the complex, or null
     * @throws OverflowError {@code int too large to convert to float}
     */
    public static PyComplex of(Object v) {
        if (v instanceof PyComplex c) {
            return c;
        } else if (v instanceof Double d) {
            return new PyComplex(d, 0.0);
        } else if (v instanceof Long l) {
            return new PyComplex(l, 0.0);
        } else if (v instanceof Boolean b) {
            return new PyComplex(b ? 1 : 0, 0.0);
        } else if (v instanceof BigInteger b) {
            return new PyComplex(Ints.toDouble(b), 0.0);
        }
        return null;
    }

    /**
     * {@code self + other}.
     *
     * @param o the other operand
     * @return the sum
     */
    public PyComplex add(PyComplex o) {
        return new PyComplex(real + o.real, imag + o.imag);
    }

    /**
     * {@code self - other}.
     *
     * @param o the other operand
     * @return the difference
     */
    public PyComplex sub(PyComplex o) {
        return new PyComplex(real - o.real, imag - o.imag);
    }

    /**
     * {@code self * other}, by the schoolbook formula (no recovery of infinities, as in CPython 3.11).
     *
     * @param o the other operand
     * @return the product
     */
    public PyComplex mul(PyComplex o) {
        return new PyComplex(real * o.real - imag * o.imag, real * o.imag + imag * o.real);
    }

    /**
     * {@code self / other}, by Smith's method scaled by the larger part of the divisor, as CPython divides.
     *
     * @param o the divisor
     * @return the quotient
     * @throws ZeroDivisionError {@code complex division by zero}
     */
    public PyComplex div(PyComplex o) {
        double absReal = Math.abs(o.real);
        double absImag = Math.abs(o.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                throw new ZeroDivisionError("complex division by zero");
            }
            double ratio = o.imag / o.real;
            double denom = o.real + o.imag * ratio;
            return new PyComplex((real + imag * ratio) / denom, (imag - real * ratio) / denom);
        }
        if (absImag >= absReal) {
            double ratio = o.real / o.imag;
            double denom = o.real * ratio + o.imag;
            return new PyComplex((real * ratio + imag) / denom, (imag * ratio - real) / denom);
        }
        // a NaN part in the divisor makes both comparisons false
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /**
     * {@code self ** other}: repeated squaring for an integral exponent up to 100 in size, else through polar
     * form.
     *
     * @param o the exponent
     * @return the power
     * @throws ZeroDivisionError {@code 0.0 to a negative or complex power}
     * @throws OverflowError {@code complex exponentiation} when a part of the result is infinite
     */
    public PyComplex pow(PyComplex o) {
        PyComplex r;
        long n = (long) o.real;
        if (o.imag == 0.0 && o.real == n && n >= -100 && n <= 100) {
            r = n >= 0 ? powUnsigned(n) : reciprocal(powUnsigned(-n));
        } else {
            r = powPolar(o);
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw new OverflowError("complex exponentiation");
        }
        return r;
    }

    /** {@code 1 / d} inside a power, where a zero {@code d} (even one that underflowed) is CPython's pow error. */
    private static PyComplex reciprocal(PyComplex d) {
        if (d.real == 0.0 && d.imag == 0.0) {
            throw new ZeroDivisionError("0.0 to a negative or complex power");
        }
        return new PyComplex(1.0, 0.0).div(d);
    }

    private PyComplex powUnsigned(long n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = this;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = r.mul(p);
            }
            p = p.mul(p);
        }
        return r;
    }

    private PyComplex powPolar(PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (real == 0.0 && imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw new ZeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(real, imag);
        double len = io.portalis.pylib.stdlib.LibraryPow.pow(vabs, b.real);
        double at = io.portalis.pylib.stdlib.Arctangent.atan2(imag, real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * LibraryLog.log(vabs);
        }
        return new PyComplex(len * LibrarySin.cos(phase), len * LibrarySin.sin(phase));
    }

    /**
     * {@code -self}.
     *
     * @return the negation of both parts
     */
    public PyComplex neg() {
        return new PyComplex(-real, -imag);
    }

    /**
     * {@code abs(self)}: the modulus.
     *
     * @return the modulus, infinite when a part is infinite even if the other is NaN
     * @throws OverflowError {@code absolute value too large} when finite parts give an infinite modulus
     */
    public double abs() {
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r) && Double.isFinite(real) && Double.isFinite(imag)) {
            throw new OverflowError("absolute value too large");
        }
        return r;
    }

    /**
     * {@code self.conjugate()}.
     *
     * @return the complex with the imaginary part negated
     */
    public PyComplex conjugate() {
        return new PyComplex(real, -imag);
    }

    /**
     * {@code bool(self)}.
     *
     * @return whether either part is non-zero
     */
    public boolean truthy() {
        return real != 0.0 || imag != 0.0;
    }

    /**
     * CPython's {@code hash(self)}: that of the real part plus 1000003 times that of the imaginary part, so a
     * complex with a zero imaginary part hashes as the equal float and int.
     *
     * @return the hash
     */
    public long pyHash() {
        long h = Floats.hash(real) + HASH_IMAG * Floats.hash(imag);
        return h == -1 ? -2 : h;
    }

    /**
     * Python's equality of a complex and a number: both parts equal ({@code 0.0 == -0.0}, NaN equal to nothing).
     *
     * @param other an int, bool, float or complex
     * @return whether they are equal; false for a non-number
     */
    public boolean pyEquals(Object other) {
        if (other instanceof Long || other instanceof Boolean || other instanceof BigInteger) {
            return imag == 0.0 && Py.eq(real, other);
        }
        PyComplex o = of(other);
        return o != null && real == o.real && imag == o.imag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyComplex c && real == c.real && imag == c.imag;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(pyHash());
    }

    /**
     * CPython's {@code repr}: {@code 1j} with no real part when that part is {@code +0.0}, else
     * {@code (1+2j)}, each part printed as its float {@code repr} without a trailing {@code .0}.
     *
     * @return the representation
     */
    @Override
    public String repr() {
        if (real == 0.0 && 1 / real > 0) {
            return part(imag, false) + "j";
        }
        return "(" + part(real, false) + part(imag, true) + "j)";
    }

    /** A part as CPython's complex repr prints it: the float's repr without {@code .0}; a NaN has no sign. */
    private static String part(double x, boolean signed) {
        String s = Double.isNaN(x) ? "nan" : Floats.repr(x);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return signed && s.charAt(0) != '-' ? "+" + s : s;
    }

    @Override
    public String toString() {
        return repr();
    }

    /**
     * {@code complex(text)}: {@code 1+2j}, {@code -j}, {@code (1e3J)}, {@code inf-nanj}..., with optional
     * parentheses, surrounding whitespace and underscores between digits.
     *
     * @param text the text
     * @return the complex it spells
     * @throws ValueError {@code complex() arg is a malformed string}, or {@code could not convert string to
     *     complex: '1__0j'} for a misplaced underscore
     */
    public static PyComplex parse(String text) {
        String s = Strs.strip(withoutUnderscores(text));
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = Strs.strip(s.substring(1, s.length() - 1));
        }
        int n = s.length();
        double x = 0.0;
        double y;
        int end = floatPrefix(s, 0);
        int i;
        if (end > 0) {
            double z = parsePart(s.substring(0, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                int end2 = floatPrefix(s, i);
                if (end2 > i) {
                    y = parsePart(s.substring(i, end2));
                    i = end2;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                i = imaginaryUnit(s, i);
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                y = z;
                i++;
            } else {
                x = z;
                y = 0.0;
            }
        } else {
            i = 0;
            y = 1.0;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            }
            i = imaginaryUnit(s, i);
        }
        if (i != n) {
            throw malformed();
        }
        return new PyComplex(x, y);
    }

    /** The text without its underscores, each of which must stand between two digits. */
    private static String withoutUnderscores(String text) {
        if (text.indexOf('_') < 0) {
            return text;
        }
        for (int k = text.indexOf('_'); k >= 0; k = text.indexOf('_', k + 1)) {
            if (k == 0 || k == text.length() - 1 || !Character.isDigit(text.charAt(k - 1))
                    || !Character.isDigit(text.charAt(k + 1))) {
                throw new ValueError("could not convert string to complex: " + Strs.repr(text));
            }
        }
        return text.replace("_", "");
    }

    private static int imaginaryUnit(String s, int i) {
        if (i >= s.length() || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) {
            throw malformed();
        }
        return i + 1;
    }

    private static double parsePart(String t) {
        try {
            return Floats.parse(t);
        } catch (ValueError e) {
            throw malformed();
        }
    }

    private static ValueError malformed() {
        return new ValueError("complex() arg is a malformed string");
    }

    /**
     * The end of the longest float literal starting at {@code from} (a sign, digits, a point, an exponent, or
     * {@code inf}, {@code infinity}, {@code nan}), or {@code from} when there is none.
     */
    private static int floatPrefix(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        int digits = digits(s, i);
        int j = digits;
        boolean any = digits > i;
        if (j < n && s.charAt(j) == '.') {
            int frac = digits(s, j + 1);
            any |= frac > j + 1;
            j = frac;
        }
        if (!any) {
            return from;
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            int exp = digits(s, k);
            if (exp > k) {
                j = exp;
            }
        }
        return j;
    }

    /** The end of a run of digits starting at {@code i}. */
    private static int digits(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * Python's {@code complex(real, imag)} with CPython's argument rules: a string alone is parsed; the parts may
     * themselves be complex ({@code complex(1j, 1j) == -1+1j}); a float imaginary part keeps its sign.
     *
     * @param re the first argument ({@code 0} when only {@code imag=} is given)
     * @param im the second argument, ignored unless {@code imGiven}
     * @param imGiven whether a second argument was given
     * @return the complex
     * @throws TypeError for a string with a second argument, or a non-number
     * @throws ValueError for a malformed string
     */
    public static PyComplex construct(Object re, Object im, boolean imGiven) {
        if (re instanceof String text) {
            if (imGiven) {
                throw new TypeError("complex() can't take second arg if first is a string");
            }
            return parse(text);
        }
        if (im instanceof String) {
            throw new TypeError("complex() second arg can't be a string");
        }
        PyComplex r = of(re);
        if (r == null) {
            throw new TypeError("complex() first argument must be a string or a number, not '" + Py.typeName(re)
                    + "'");
        }
        if (!imGiven) {
            return r;
        }
        PyComplex i = of(im);
        if (i == null) {
            throw new TypeError("complex() second argument must be a number, not '" + Py.typeName(im) + "'");
        }
        double real = r.real;
        double imag = i.real;
        if (im instanceof PyComplex) {
            real -= i.imag;
        }
        if (re instanceof PyComplex) {
            imag += r.imag;
        }
        return new PyComplex(real, imag);
    }
}

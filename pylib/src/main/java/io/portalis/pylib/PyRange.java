package io.portalis.pylib;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code range}: a lazy arithmetic sequence of ints. Translated {@code for i in range(...)} loops over
 * known ints become plain Java {@code for} loops; this class serves the dynamic uses (a range stored, indexed,
 * sliced, printed as {@code range(0, 10, 2)}, or tested with {@code in}).
 *
 * <p>A range whose start, stop, step and length all fit in 64 bits is held in {@code long}s, and so is every value
 * it yields. Any other range ({@code range(2**70)}, {@code range(0, 10, 2**64)}, {@code range(-2**63, 2**63)})
 * keeps its bounds as Python ints and computes in {@link BigInteger}, as CPython's long ranges do: everything
 * works on it except {@code len()} of more than {@code 2**63 - 1} values, which raises CPython's
 * {@code OverflowError}.
 */
public final class PyRange implements PyRepr, Iterable<Object> {
    private static final String TOO_LARGE = "Python int too large to convert to C ssize_t";

    private final long start;
    private final long stop;
    private final long step;
    private final long len;
    /** The bounds and length as Python ints when some of them do not fit in 64 bits, else null. */
    private final Big big;

    private record Big(BigInteger start, BigInteger stop, BigInteger step, BigInteger len) {
    }

    /**
     * {@code range(start, stop, step)} on 64-bit ints.
     *
     * @param start the first value
     * @param stop the bound (exclusive)
     * @param step the step
     * @throws ValueError {@code range() arg 3 must not be zero}
     */
    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw new ValueError("range() arg 3 must not be zero");
        }
        long n = smallLength(start, stop, step);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.len = n;
        this.big = n >= 0 ? null
                : big(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
    }

    private PyRange(Big big) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.len = -1;
        this.big = big;
    }

    /** The length, or -1 when computing it overflows 64 bits (or the length itself does not fit). */
    private static long smallLength(long start, long stop, long step) {
        try {
            if (step > 0) {
                return start < stop ? Math.subtractExact(Math.subtractExact(stop, start), 1) / step + 1 : 0;
            }
            return start > stop ? Math.subtractExact(Math.subtractExact(start, stop), 1) / Math.negateExact(step) + 1
                    : 0;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    private static Big big(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n;
        if (step.signum() > 0) {
            n = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        } else {
            n = start.compareTo(stop) > 0
                    ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        }
        return new Big(start, stop, step, n);
    }

    /**
     * {@code range(stop)}.
     *
     * @param stop the bound
     * @return the range 0..stop
     */
    public static PyRange of(long stop) {
        return new PyRange(0, stop, 1);
    }

    /**
     * {@code range(start, stop)}.
     *
     * @param start the first value
     * @param stop the bound
     * @return the range
     */
    public static PyRange of(long start, long stop) {
        return new PyRange(start, stop, 1);
    }

    /**
     * {@code range(start, stop, step)} on Python ints of any size.
     *
     * @param start the first value: a {@code Long}, {@code BigInteger} or {@code Boolean}
     * @param stop the bound (exclusive)
     * @param step the step
     * @return the range
     * @throws TypeError {@code 'float' object cannot be interpreted as an integer}
     * @throws ValueError {@code range() arg 3 must not be zero}
     */
    public static PyRange of(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            return new PyRange(a, b, c);
        }
        BigInteger a = Ints.big(start);
        BigInteger b = Ints.big(stop);
        BigInteger c = Ints.big(step);
        if (c.signum() == 0) {
            throw new ValueError("range() arg 3 must not be zero");
        }
        if (a.bitLength() < 64 && b.bitLength() < 64 && c.bitLength() < 64) {
            return new PyRange(a.longValue(), b.longValue(), c.longValue());
        }
        return new PyRange(big(a, b, c));
    }

    private static long fit(BigInteger v) {
        if (v.bitLength() >= 64) {
            throw new OverflowError("range bound or step does not fit in the 64 bits of a typed loop variable");
        }
        return v.longValue();
    }

    /**
     * Whether the start, stop, step and length, and so every value, fit in 64 bits: translated loops count through
     * such a range with a {@code long} and iterate any other one.
     *
     * @return whether {@link #start()}, {@link #stop()}, {@link #step()} and {@link #len()} return without overflow
     */
    public boolean fits() {
        return big == null;
    }

    /**
     * A value computed from the counter of a translated loop over a range past 64 bits, for a local typed as an
     * int: where the counting loop's value would have been a {@code long}, this one is a Python int of any size.
     *
     * @param v the value, a Python int
     * @return it as a {@code long}
     * @throws OverflowError {@code int result does not fit in 64 bits on the typed path} for a value past 64 bits
     */
    public static long typedLong(Object v) {
        if (v instanceof BigInteger) {
            throw OverflowError.typedPath();
        }
        return Ints.toLong(v);
    }

    /**
     * A value computed from the counter of a translated loop over a range past 64 bits, for a local typed as a
     * float: such a computation makes a float of any int (or raises as CPython does).
     *
     * @param v the value, a {@code Double}
     * @return it
     */
    public static double typedDouble(Object v) {
        return (Double) v;
    }

    /**
     * A value computed from the counter of a translated loop over a range past 64 bits, for a local typed as a
     * bool, such as a comparison of the counter.
     *
     * @param v the value, a {@code Boolean}
     * @return it
     */
    public static boolean typedBool(Object v) {
        return (Boolean) v;
    }

    /**
     * A value computed from the counter of a translated loop over a range past 64 bits, for a local typed as a
     * str, such as {@code str(i)}.
     *
     * @param v the value, a {@code String}
     * @return it
     */
    public static String typedStr(Object v) {
        return (String) v;
    }

    /**
     * The first value as a 64-bit int, for translated loops that count through the range.
     *
     * @return the start
     * @throws OverflowError if it does not fit in 64 bits
     */
    public long start() {
        return big == null ? start : fit(big.start);
    }

    /**
     * The bound as a 64-bit int.
     *
     * @return the stop
     * @throws OverflowError if it does not fit in 64 bits
     */
    public long stop() {
        return big == null ? stop : fit(big.stop);
    }

    /**
     * The step as a 64-bit int.
     *
     * @return the step
     * @throws OverflowError if it does not fit in 64 bits
     */
    public long step() {
        return big == null ? step : fit(big.step);
    }

    /**
     * Python's {@code self.start}.
     *
     * @return the start, an int of any size
     */
    public Object startValue() {
        return big == null ? (Object) start : Ints.normalize(big.start);
    }

    /**
     * Python's {@code self.stop}.
     *
     * @return the stop, an int of any size
     */
    public Object stopValue() {
        return big == null ? (Object) stop : Ints.normalize(big.stop);
    }

    /**
     * Python's {@code self.step}.
     *
     * @return the step, an int of any size
     */
    public Object stepValue() {
        return big == null ? (Object) step : Ints.normalize(big.step);
    }

    /**
     * {@code len(self)}.
     *
     * @return the number of values
     * @throws OverflowError {@code Python int too large to convert to C ssize_t} past {@code 2**63 - 1} values
     */
    public long len() {
        if (big == null) {
            return len;
        }
        if (big.len.bitLength() >= 64) {
            throw new OverflowError(TOO_LARGE);
        }
        return big.len.longValue();
    }

    /**
     * {@code not self}, which holds for ranges of any length.
     *
     * @return whether the range yields nothing
     */
    public boolean isEmpty() {
        return big == null ? len == 0 : big.len.signum() == 0;
    }

    /**
     * {@code self[i]}.
     *
     * @param i the index: a {@code Long}, {@code BigInteger} or {@code Boolean}
     * @return the value
     * @throws IndexError {@code range object index out of range}
     */
    public Object getItem(Object i) {
        if (big == null && i instanceof Long k) {
            long j = k < 0 ? k + len : k;
            if (j < 0 || j >= len) {
                throw new IndexError("range object index out of range");
            }
            return start + j * step;
        }
        Big b = asBig();
        BigInteger j = Ints.big(i);
        if (j.signum() < 0) {
            j = j.add(b.len);
        }
        if (j.signum() < 0 || j.compareTo(b.len) >= 0) {
            throw new IndexError("range object index out of range");
        }
        return Ints.normalize(b.start.add(j.multiply(b.step)));
    }

    private Big asBig() {
        return big != null ? big
                : new Big(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step),
                        BigInteger.valueOf(len));
    }

    /**
     * {@code x in self}.
     *
     * @param x the value
     * @return whether the range yields it
     */
    public boolean contains(Object x) {
        if (x instanceof Double d) {
            // a float equal to an int is found by equality, as CPython's fallback compares each value
            return Floats.isInteger(d) && contains(Ints.normalize(new java.math.BigDecimal(d).toBigInteger()));
        }
        if (!Ints.isInt(x)) {
            return false;
        }
        if (big == null && !(x instanceof BigInteger)) {
            long v = Ints.toLong(x);
            if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
                return false;
            }
            // the difference fits: both lie between start and stop
            return (v - start) % step == 0;
        }
        Big b = asBig();
        BigInteger v = Ints.big(x);
        int lo = v.compareTo(b.start);
        int hi = v.compareTo(b.stop);
        if (b.step.signum() > 0 ? lo < 0 || hi >= 0 : lo > 0 || hi <= 0) {
            return false;
        }
        return v.subtract(b.start).mod(b.step.abs()).signum() == 0;
    }

    /**
     * {@code self.index(x)}.
     *
     * @param x the value
     * @return its position, an int of any size
     * @throws ValueError {@code 5 is not in range}
     */
    public Object index(Object x) {
        if (!Ints.isInt(x) || !contains(x)) {
            // CPython's fallback for other values searches by equality: a float equal to a value is found
            if (x instanceof Double d && contains(d)) {
                return index(Ints.normalize(new java.math.BigDecimal(d).toBigInteger()));
            }
            throw new ValueError(Py.repr(x) + " is not in range");
        }
        if (big == null && !(x instanceof BigInteger)) {
            return (Ints.toLong(x) - start) / step;
        }
        Big b = asBig();
        return Ints.normalize(Ints.big(x).subtract(b.start).divide(b.step));
    }

    /**
     * {@code self.count(x)}.
     *
     * @param x the value
     * @return 1 if the range yields it, else 0
     */
    public long count(Object x) {
        return contains(x) ? 1 : 0;
    }

    /**
     * The range {@code reversed(self)} walks: the same values from the last to the first, computed lazily.
     *
     * @return the reversed range
     */
    public PyRange reversed() {
        Big b = asBig();
        BigInteger last = b.start.add(b.len.subtract(BigInteger.ONE).multiply(b.step));
        return of(Ints.normalize(last), Ints.normalize(b.start.subtract(b.step)), Ints.normalize(b.step.negate()));
    }

    /**
     * The name of this range's iterator type: {@code range_iterator}, or {@code longrange_iterator} when some
     * value is past 64 bits.
     *
     * @return the type name
     */
    public String iteratorName() {
        return big == null ? "range_iterator" : "longrange_iterator";
    }

    /**
     * {@code self[start:stop:step]}: the range of the selected values, with bounds of any size clamped as CPython
     * clamps them.
     *
     * @param lower the slice's start: an int or {@code null} for None
     * @param upper the slice's stop
     * @param stride the slice's step
     * @return the sub-range
     * @throws ValueError {@code slice step cannot be zero}
     * @throws TypeError for a bound that is not an int or None
     */
    public PyRange slice(Object lower, Object upper, Object stride) {
        for (Object bound : new Object[] {lower, upper, stride}) {
            if (bound != null && !Ints.isInt(bound)) {
                throw new TypeError("slice indices must be integers or None or have an __index__ method");
            }
        }
        Big b = asBig();
        BigInteger s = stride == null ? BigInteger.ONE : Ints.big(stride);
        if (s.signum() == 0) {
            throw new ValueError("slice step cannot be zero");
        }
        boolean back = s.signum() < 0;
        BigInteger low = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger high = back ? b.len.subtract(BigInteger.ONE) : b.len;
        BigInteger i = clamp(lower, back ? high : low, low, high, b.len);
        BigInteger j = clamp(upper, back ? low : high, low, high, b.len);
        return of(Ints.normalize(b.start.add(i.multiply(b.step))), Ints.normalize(b.start.add(j.multiply(b.step))),
                Ints.normalize(b.step.multiply(s)));
    }

    private static BigInteger clamp(Object bound, BigInteger absent, BigInteger low, BigInteger high, BigInteger n) {
        if (bound == null) {
            return absent;
        }
        BigInteger v = Ints.big(bound);
        if (v.signum() < 0) {
            v = v.add(n);
            return v.compareTo(low) < 0 ? low : v;
        }
        return v.compareTo(high) > 0 ? high : v;
    }

    @Override
    public Iterator<Object> iterator() {
        if (big == null) {
            return new Iterator<>() {
                long k;

                @Override
                public boolean hasNext() {
                    return k < len;
                }

                @Override
                public Object next() {
                    if (k >= len) {
                        throw new NoSuchElementException();
                    }
                    return start + step * k++;
                }
            };
        }
        return new Iterator<>() {
            BigInteger next = big.start;
            BigInteger left = big.len;

            @Override
            public boolean hasNext() {
                return left.signum() > 0;
            }

            @Override
            public Object next() {
                if (left.signum() <= 0) {
                    throw new NoSuchElementException();
                }
                Object v = Ints.normalize(next);
                next = next.add(big.step);
                left = left.subtract(BigInteger.ONE);
                return v;
            }
        };
    }

    /** Python's {@code ==}: the same sequence of values ({@code range(0) == range(2, 2)}). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) {
            return false;
        }
        if (big == null && r.big == null) {
            return len == r.len && (len == 0 || start == r.start && (len == 1 || step == r.step));
        }
        Big a = asBig();
        Big b = r.asBig();
        return a.len.equals(b.len) && (a.len.signum() == 0
                || a.start.equals(b.start) && (a.len.equals(BigInteger.ONE) || a.step.equals(b.step)));
    }

    @Override
    public int hashCode() {
        Big b = asBig();
        Object n = Ints.normalize(b.len);
        return PyTuple.of(n, b.len.signum() == 0 ? null : Ints.normalize(b.start),
                b.len.compareTo(BigInteger.ONE) <= 0 ? null : Ints.normalize(b.step)).hashCode();
    }

    @Override
    public String repr() {
        Object c = stepValue();
        return "range(" + startValue() + ", " + stopValue() + (c.equals(1L) ? ")" : ", " + c + ")");
    }

    @Override
    public String toString() {
        return repr();
    }
}

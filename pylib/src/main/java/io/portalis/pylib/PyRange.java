package io.portalis.pylib;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Python's {@code range}: a lazy arithmetic sequence of ints. Translated {@code for i in range(...)} loops over
 * known ints become plain Java {@code for} loops; this class serves the dynamic uses (a range stored, indexed,
 * sliced, printed as {@code range(0, 10, 2)}, or tested with {@code in}).
 *
 * @param start the first value
 * @param stop the bound (exclusive)
 * @param step the non-zero step
 */
public record PyRange(long start, long stop, long step) implements PyRepr, Iterable<Long> {
    /**
     * Validates the step.
     *
     * @throws ValueError {@code range() arg 3 must not be zero}
     */
    public PyRange {
        if (step == 0) {
            throw new ValueError("range() arg 3 must not be zero");
        }
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
     * {@code len(self)}.
     *
     * @return the number of values
     */
    public long len() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /**
     * {@code self[i]}.
     *
     * @param i the index
     * @return the value
     * @throws IndexError {@code range object index out of range}
     */
    public long getItem(long i) {
        long n = len();
        long j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            throw new IndexError("range object index out of range");
        }
        return start + j * step;
    }

    /**
     * {@code x in self}.
     *
     * @param x the value
     * @return whether the range yields it
     */
    public boolean contains(Object x) {
        if (!(x instanceof Long || x instanceof Boolean)) {
            if (x instanceof Double d && Floats.isInteger(d) && Math.abs(d) < 9e18) {
                return contains((long) (double) d);
            }
            return false;
        }
        long v = Ints.toLong(x);
        if (step > 0 ? v < start || v >= stop : v > start || v <= stop) {
            return false;
        }
        return (v - start) % step == 0;
    }

    /**
     * {@code self.index(x)}.
     *
     * @param x the value
     * @return its position
     * @throws ValueError {@code 5 is not in range}
     */
    public long index(Object x) {
        if (!contains(x)) {
            throw new ValueError(Py.repr(x) + " is not in range");
        }
        return (Ints.toLong(x) - start) / step;
    }

    @Override
    public Iterator<Long> iterator() {
        long n = len();
        return new Iterator<>() {
            long k;

            @Override
            public boolean hasNext() {
                return k < n;
            }

            @Override
            public Long next() {
                if (k >= n) {
                    throw new NoSuchElementException();
                }
                return start + step * k++;
            }
        };
    }

    /** Python's {@code ==}: the same sequence of values ({@code range(0) == range(2, 2)}). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) {
            return false;
        }
        long n = len();
        if (n != r.len()) {
            return false;
        }
        return n == 0 || start == r.start && (n == 1 || step == r.step);
    }

    @Override
    public int hashCode() {
        long n = len();
        return PyTuple.of(n, n == 0 ? null : start, n <= 1 ? null : step).hashCode();
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public String toString() {
        return repr();
    }
}

package io.portalis.pylib;

/**
 * The resolved indices of a Python slice {@code [start:stop:step]} over a sequence of a given length, computed as
 * CPython's {@code slice.indices} does (negative indices count from the end, out-of-range bounds clamp).
 *
 * @param start the first index
 * @param stop the index where iteration stops (exclusive, in the direction of {@code step})
 * @param step the non-zero step
 * @param length how many elements the slice selects
 */
public record Slice(int start, int stop, int step, int length) {
    /**
     * Resolves slice bounds; {@code null} stands for an omitted bound, as {@code None} does in Python.
     *
     * @param len the sequence length
     * @param start the start, or {@code null}
     * @param stop the stop, or {@code null}
     * @param step the step, or {@code null} for 1
     * @return the resolved slice
     * @throws ValueError {@code slice step cannot be zero}
     */
    public static Slice of(int len, Long start, Long stop, Long step) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw new ValueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == null ? 0 : clamp(start, len, 0, len);
            hi = stop == null ? len : clamp(stop, len, 0, len);
        } else {
            lo = start == null ? len - 1 : clamp(start, len, -1, len - 1);
            hi = stop == null ? -1 : clamp(stop, len, -1, len - 1);
        }
        long n;
        // no division for the common steps: slices are taken in tight loops (a[:k + 1] = a[k::-1])
        if (st == 1) {
            n = hi > lo ? hi - lo : 0;
        } else if (st == -1) {
            n = lo > hi ? lo - hi : 0;
        } else if (st > 0) {
            n = hi > lo ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new Slice((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE),
                (int) n);
    }

    static long clamp(long i, int len, long min, long max) {
        if (i < 0) {
            i += len;
            return i < 0 ? min : i;
        }
        return i > max ? max : i;
    }

    /**
     * The sequence index of the {@code k}-th selected element.
     *
     * @param k 0-based position
     * @return the index
     */
    public int index(int k) {
        return start + k * step;
    }

    /**
     * Converts an optional dynamic slice bound ({@code None}, an int or a bool) to what {@link #of} takes.
     *
     * @param bound the bound
     * @return the bound as a {@code Long}, or {@code null}
     * @throws TypeError if it is not an int or None
     */
    public static Long bound(Object bound) {
        if (bound == null) {
            return null;
        }
        if (bound instanceof java.math.BigInteger b) {
            // Python clamps huge bounds to the sequence; any value beyond the int range clamps the same way.
            return b.signum() * (1L << 40);
        }
        if (Ints.isInt(bound)) {
            return Ints.toLong(bound);
        }
        throw new TypeError("slice indices must be integers or None or have an __index__ method");
    }
}

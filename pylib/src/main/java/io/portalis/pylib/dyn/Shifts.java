package io.portalis.pylib.dyn;

import io.portalis.pylib.OverflowError;
import io.portalis.pylib.ValueError;

/**
 * Python's shifts of ints on translated code's typed path, where ints are Java {@code long}s: exact while the
 * result fits in 64 bits, as the other checked operations of {@link io.portalis.pylib.Ints}.
 */
public final class Shifts {
    private Shifts() {
    }

    /**
     * Typed {@code a << n}.
     *
     * @param a the int shifted
     * @param n the shift count
     * @return {@code a * 2**n}
     * @throws ValueError {@code negative shift count} when {@code n < 0}
     * @throws OverflowError when the result does not fit in 64 bits
     */
    public static long lshift(long a, long n) {
        if (n < 0) {
            throw new ValueError("negative shift count");
        }
        if (a == 0) {
            return 0;
        }
        if (n >= 64 || (a << n) >> n != a) {
            throw OverflowError.typedPath();
        }
        return a << n;
    }

    /**
     * Typed {@code (a << n) & mask}: exact for any {@code a} while the mask is not negative, since the mask keeps
     * only the low 63 bits, which the 64-bit shift computes exactly.
     *
     * @param a the int shifted
     * @param n the shift count, from 0 to 63
     * @param mask the mask
     * @return the masked shifted int
     * @throws OverflowError when the mask is negative and the shift does not fit in 64 bits
     */
    public static long lshiftAnd(long a, int n, long mask) {
        if (mask >= 0) {
            return (a << n) & mask;
        }
        return lshift(a, n) & mask;
    }

    /**
     * Typed {@code a >> n}: the floor of {@code a / 2**n}.
     *
     * @param a the int shifted
     * @param n the shift count
     * @return the shifted int, 0 or -1 once every bit is shifted out
     * @throws ValueError {@code negative shift count} when {@code n < 0}
     */
    public static long rshift(long a, long n) {
        if (n < 0) {
            throw new ValueError("negative shift count");
        }
        return n >= 64 ? a >> 63 : a >> n;
    }
}

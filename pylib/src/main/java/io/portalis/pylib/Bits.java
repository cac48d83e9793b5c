package io.portalis.pylib;

/**
 * A packed array of bits in a {@code long[]}, bit {@code i} being bit {@code i % 64} of word {@code i / 64}: the
 * storage of a list of bools, a sixty-fourth of a {@code boolean[]}, so that sweeping a big one (a sieve over
 * millions of flags) stays in the caches. Positions are never negative; callers check them against their own length.
 */
final class Bits {
    private Bits() {
    }

    /** How many words hold {@code n} bits. */
    static int words(int n) {
        return (int) (((long) n + 63) >>> 6);
    }

    static boolean get(long[] a, int i) {
        return (a[i >>> 6] >>> i & 1L) != 0;
    }

    static void set(long[] a, int i, boolean v) {
        long m = 1L << i;
        if (v) {
            a[i >>> 6] |= m;
        } else {
            a[i >>> 6] &= ~m;
        }
    }

    /** The {@code len} bits (1 to 64) from {@code pos}, in the low bits of the result and zeros above them. */
    private static long read(long[] a, int pos, int len) {
        int w = pos >>> 6;
        int off = pos & 63;
        long v = a[w] >>> off;
        if (off + len > 64) {
            v |= a[w + 1] << (64 - off);
        }
        return len == 64 ? v : v & ((1L << len) - 1);
    }

    /** Replaces the {@code len} bits (1 to 64) from {@code pos} with the low bits of {@code v}, zeros above them. */
    private static void write(long[] a, int pos, int len, long v) {
        int w = pos >>> 6;
        int off = pos & 63;
        long mask = len == 64 ? -1L : (1L << len) - 1;
        a[w] = a[w] & ~(mask << off) | v << off;
        int over = off + len - 64;
        if (over > 0) {
            long high = (1L << over) - 1;
            a[w + 1] = a[w + 1] & ~high | v >>> (64 - off);
        }
    }

    /**
     * Copies {@code n} bits from {@code src} at {@code from} to {@code dst} at {@code to}, as
     * {@link System#arraycopy} does: the ranges may overlap within one array.
     */
    static void copy(long[] src, int from, long[] dst, int to, int n) {
        if (n <= 0) {
            return;
        }
        if (src != dst || to <= from || to >= from + n) {
            // forward: each chunk written ends before the source bits not read yet (or the arrays differ)
            for (int k = 0; k < n; k += 64) {
                int len = Math.min(64, n - k);
                write(dst, to + k, len, read(src, from + k, len));
            }
        } else {
            for (int k = n; k > 0; k -= 64) {
                int len = Math.min(64, k);
                write(dst, to + k - len, len, read(src, from + k - len, len));
            }
        }
    }

    /** Sets the bits in {@code [from, to)} to {@code v}. */
    static void fill(long[] a, int from, int to, boolean v) {
        if (from >= to) {
            return;
        }
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long low = -1L << from;
        long high = -1L >>> -to;
        long fillWord = v ? -1L : 0L;
        if (first == last) {
            long m = low & high;
            a[first] = a[first] & ~m | fillWord & m;
            return;
        }
        a[first] = a[first] & ~low | fillWord & low;
        java.util.Arrays.fill(a, first + 1, last, fillWord);
        a[last] = a[last] & ~high | fillWord & high;
    }

    /**
     * Sets {@code count} bits from {@code from}, every {@code step}-th (2 to 63), to {@code v}. The bits a word gets
     * repeat every {@code step} words (64 * step is a multiple of step), so all words but the first and the last
     * take one of {@code step} masks, a store per word instead of one per bit. The masks are repeated up to at
     * least 32 words, so that the words are swept in runs of that many, a loop over two arrays the JIT vectorizes.
     */
    static void fillEvery(long[] a, int from, int step, int count, boolean v) {
        long last = from + (long) (count - 1) * step;
        int first = from >>> 6;
        int end = (int) (last >>> 6);
        if (end - first < 2) {
            fillBits(a, from, step, last, v);
            return;
        }
        long base = (long) (first + 1) << 6;
        long i = fillBits(a, from, step, base - 1, v);
        int period = step * ((32 + step - 1) / step);
        long[] masks = new long[period];
        for (; i < base + 64L * step; i += step) {
            masks[(int) ((i - base) >>> 6)] |= 1L << i;
        }
        for (int j = step; j < period; j++) {
            masks[j] = masks[j - step];
        }
        int w = first + 1;
        if (v) {
            for (; w + period <= end; w += period) {
                for (int j = 0; j < period; j++) {
                    a[w + j] |= masks[j];
                }
            }
            for (int j = 0; w < end; w++, j++) {
                a[w] |= masks[j];
            }
        } else {
            for (int j = 0; j < period; j++) {
                masks[j] = ~masks[j];
            }
            for (; w + period <= end; w += period) {
                for (int j = 0; j < period; j++) {
                    a[w + j] &= masks[j];
                }
            }
            for (int j = 0; w < end; w++, j++) {
                a[w] &= masks[j];
            }
        }
        long lastBase = (long) end << 6;
        long behind = (lastBase - from + step - 1) / step;
        fillBits(a, from + behind * step, step, last, v);
    }

    /** Sets the bits from {@code i} to {@code stop} (included), every {@code step}-th; returns the next position. */
    private static long fillBits(long[] a, long i, int step, long stop, boolean v) {
        for (; i <= stop; i += step) {
            set(a, (int) i, v);
        }
        return i;
    }

    /** How many bits in {@code [0, n)} are set. */
    static int count(long[] a, int n) {
        int full = n >>> 6;
        int c = 0;
        for (int w = 0; w < full; w++) {
            c += Long.bitCount(a[w]);
        }
        int rest = n & 63;
        return rest == 0 ? c : c + Long.bitCount(a[full] & (1L << rest) - 1);
    }

    /**
     * Writes the positions of the set bits in {@code [from, to)}, in order, to {@code out} from index {@code at},
     * which has room for them all; returns the index after the last one written. A word's bits are taken lowest
     * first, clearing each in turn, so that a sparse word costs as many steps as it has bits set.
     */
    static int positions(long[] a, int from, int to, long[] out, int at) {
        if (from >= to) {
            return at;
        }
        int w = from >>> 6;
        int last = (to - 1) >>> 6;
        long word = a[w] & -1L << from;
        while (true) {
            if (w == last) {
                word &= -1L >>> -to;
            }
            long base = (long) w << 6;
            for (; word != 0; word &= word - 1) {
                out[at++] = base + Long.numberOfTrailingZeros(word);
            }
            if (++w > last) {
                return at;
            }
            word = a[w];
        }
    }

    /** Whether bits {@code [0, n)} of two arrays are equal. */
    static boolean equal(long[] a, long[] b, int n) {
        int full = n >>> 6;
        if (!java.util.Arrays.equals(a, 0, full, b, 0, full)) {
            return false;
        }
        int rest = n & 63;
        return rest == 0 || ((a[full] ^ b[full]) & (1L << rest) - 1) == 0;
    }

    /** The first position in {@code [from, to)} whose bit is {@code v}, or -1. */
    static int find(long[] a, int from, int to, boolean v) {
        if (from >= to) {
            return -1;
        }
        int w = from >>> 6;
        long word = (v ? a[w] : ~a[w]) & -1L << from;
        int last = (to - 1) >>> 6;
        while (word == 0) {
            if (++w > last) {
                return -1;
            }
            word = v ? a[w] : ~a[w];
        }
        int i = (w << 6) + Long.numberOfTrailingZeros(word);
        return i < to ? i : -1;
    }

    /** Reverses the bits from {@code i} to {@code j}, both included. */
    static void reverse(long[] a, int i, int j) {
        for (; i < j; i++, j--) {
            boolean t = get(a, i);
            set(a, i, get(a, j));
            set(a, j, t);
        }
    }
}

package io.portalis.pylib;

/**
 * The merge sort of CPython 3.11's {@code list.sort} (Tim Peters' adaptive merge sort, with runs merged in the
 * order of Munro and Wild's powersort), asking Python's {@code <} the same questions in the same order. A program
 * sees the difference from another stable sort when its {@code __lt__} has side effects (counts or prints its
 * calls, raises part-way) or is not a total order: floats with NaNs, sets ordered by inclusion. Such orders also
 * break the contract of Java's sorts, which may throw on them.
 *
 * <p>The keys are sorted in place; when there is a key function, the list's items move along with their keys.
 * When a comparison raises, the arrays are left holding every item once, in the order reached so far, as CPython
 * leaves the list.
 */
final class ListSort {
    /** How many wins in a row make a merge switch to galloping, at first. */
    private static final int MIN_GALLOP = 7;
    /** More pending runs than a list of 2**64 items could need. */
    private static final int MAX_PENDING = 85;

    private static final int GENERAL = 0;
    private static final int LONGS = 1;
    private static final int STRINGS = 2;

    private final Object[] keys;
    private final Object[] values;
    private final int length;
    /** How {@link #lt} compares: general Python {@code <}, or a shortcut where every key is an int or a str. */
    private final int mode;
    private int minGallop = MIN_GALLOP;
    private Object[] tmpKeys = new Object[0];
    private Object[] tmpValues = new Object[0];

    private final int[] runBase = new int[MAX_PENDING];
    private final int[] runLength = new int[MAX_PENDING];
    private final int[] runPower = new int[MAX_PENDING];
    private int pending;

    private ListSort(Object[] keys, Object[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
        this.mode = modeOf(keys, length);
    }

    /**
     * Sorts {@code keys[0:length]} stably by Python's {@code <}, moving {@code values} along. With {@code reverse},
     * as CPython: the keys and items are reversed, sorted forwards (so that equal keys keep their order) and the
     * items reversed back, also when a comparison raises.
     *
     * @param keys the keys
     * @param values the items, when they are not their own keys; else {@code null}
     * @param length how many to sort
     * @param reverse whether to sort in descending order
     * @throws RuntimeException what a comparison raised
     */
    static void sort(Object[] keys, Object[] values, int length, boolean reverse) {
        if (length < 2) {
            return;
        }
        ListSort s = new ListSort(keys, values, length);
        if (!reverse) {
            s.sort();
            return;
        }
        s.reverse(0, length);
        try {
            s.sort();
        } finally {
            reverse(values != null ? values : keys, 0, length);
        }
    }

    /**
     * Only int keys or only str keys are compared without Python's dispatch: for them {@code <} calls no code of
     * the program, so taking the shortcut changes nothing a program can see.
     */
    private static int modeOf(Object[] keys, int length) {
        if (!(keys[0] instanceof Long) && !(keys[0] instanceof String)) {
            return GENERAL;
        }
        Class<?> first = keys[0].getClass();
        for (int k = 1; k < length; k++) {
            if (keys[k] == null || keys[k].getClass() != first) {
                return GENERAL;
            }
        }
        return first == Long.class ? LONGS : STRINGS;
    }

    private boolean lt(Object a, Object b) {
        return switch (mode) {
            case LONGS -> (Long) a < (Long) b;
            case STRINGS -> Strs.compare((String) a, (String) b) < 0;
            default -> Py.lt(a, b);
        };
    }

    private void sort() {
        int minRun = minRun(length);
        int lo = 0;
        int remaining = length;
        do {
            int run = countRun(lo, lo + remaining);
            if (run < 0) {
                run = -run;
                reverse(lo, lo + run);
            }
            if (run < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + run);
                run = force;
            }
            foundRun(run);
            runBase[pending] = lo;
            runLength[pending] = run;
            pending++;
            lo += run;
            remaining -= run;
        } while (remaining > 0);
        while (pending > 1) {
            int i = pending - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** The shortest run worth merging: the length's six leading bits, plus one if any other bit is set. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /**
     * The length of the run starting at {@code lo}: ascending ({@code a[k] <= a[k + 1]}), or strictly descending,
     * which the result tells by its negative sign.
     */
    private int countRun(int lo, int hi) {
        int k = lo + 1;
        if (k == hi) {
            return 1;
        }
        int n = 2;
        if (lt(keys[k], keys[k - 1])) {
            for (k++; k < hi && lt(keys[k], keys[k - 1]); k++) {
                n++;
            }
            return -n;
        }
        for (k++; k < hi && !lt(keys[k], keys[k - 1]); k++) {
            n++;
        }
        return n;
    }

    private void reverse(int lo, int hi) {
        reverse(keys, lo, hi);
        if (values != null) {
            reverse(values, lo, hi);
        }
    }

    private static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Sorts {@code [lo, hi)}, whose prefix {@code [lo, start)} is sorted, by binary insertion. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int l = lo;
            int r = start;
            do {
                int p = l + ((r - l) >>> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                Object v = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = v;
            }
        }
    }

    /**
     * Merges pending runs before a new run of {@code n2} items is pushed: while the run below the top has a
     * higher power than the boundary between the top run and the new one (powersort's node depth).
     */
    private void foundRun(int n2) {
        if (pending == 0) {
            return;
        }
        int power = power(runBase[pending - 1], runLength[pending - 1], n2, length);
        while (pending > 1 && runPower[pending - 2] > power) {
            mergeAt(pending - 2);
        }
        runPower[pending - 1] = power;
    }

    /**
     * The depth of the boundary between runs {@code [s1, s1 + n1)} and {@code [s1 + n1, s1 + n1 + n2)} in a
     * list of {@code n}: the first bit in which the binary fractions of their midpoints, divided by n, differ.
     */
    private static int power(long s1, long n1, long n2, long n) {
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges pending runs {@code i} and {@code i + 1}. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLength[i];
        int baseB = runBase[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        // items of a that are not above b's first, and items of b that are not below a's last, stay where they are
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base:base + n]}, before any equal item: the k with
     * {@code a[base + k - 1] < key <= a[base + k]}. Searches from {@code hint} outwards by doubling steps, then by
     * bisection.
     */
    private int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = grown(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = grown(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base:base + n]}, after any equal item: the k with
     * {@code a[base + k - 1] <= key < a[base + k]}.
     */
    private int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = grown(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = grown(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >>> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    /** The next galloping offset, 2 * ofs + 1, or {@code max} where that would overflow an int. */
    private static int grown(int ofs, int max) {
        int next = (ofs << 1) + 1;
        return next <= 0 ? max : next;
    }

    private void reserve(int n) {
        if (tmpKeys.length < n) {
            tmpKeys = new Object[n];
            if (values != null) {
                tmpValues = new Object[n];
            }
        }
    }

    private void move(Object[] fromKeys, Object[] fromValues, int from, int to, int n) {
        System.arraycopy(fromKeys, from, keys, to, n);
        if (values != null) {
            System.arraycopy(fromValues, from, values, to, n);
        }
    }

    /**
     * Merges the adjacent runs {@code a = [pa, pa + na)} and {@code b = [pb, pb + nb)}, where a is the shorter:
     * a is copied aside and the merge fills the array from the left. b's first item goes first and a's last item
     * last: {@link #mergeAt} left out the items already in place at both ends.
     */
    private void mergeLo(int pa, int na, int pb, int nb) {
        reserve(na);
        Object[] ta = tmpKeys;
        Object[] tv = tmpValues;
        System.arraycopy(keys, pa, ta, 0, na);
        if (values != null) {
            System.arraycopy(values, pa, tv, 0, na);
        }
        int dest = pa;
        int a = 0;
        int b = pb;
        boolean copyB = false;
        try {
            move(keys, values, b++, dest++, 1);
            if (--nb == 0) {
                return;
            }
            if (na == 1) {
                copyB = true;
                return;
            }
            int minG = minGallop;
            for (;;) {
                int aCount = 0;
                int bCount = 0;
                // one item at a time, until one run wins minG times in a row
                for (;;) {
                    if (lt(keys[b], ta[a])) {
                        move(keys, values, b++, dest++, 1);
                        bCount++;
                        aCount = 0;
                        if (--nb == 0) {
                            return;
                        }
                        if (bCount >= minG) {
                            break;
                        }
                    } else {
                        move(ta, tv, a++, dest++, 1);
                        aCount++;
                        bCount = 0;
                        if (--na == 1) {
                            copyB = true;
                            return;
                        }
                        if (aCount >= minG) {
                            break;
                        }
                    }
                }
                // galloping, while either run still wins by MIN_GALLOP items or more at a time
                minG++;
                do {
                    minG -= minG > 1 ? 1 : 0;
                    minGallop = minG;
                    int k = gallopRight(keys[b], ta, a, na, 0);
                    aCount = k;
                    if (k != 0) {
                        move(ta, tv, a, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyB = true;
                            return;
                        }
                        if (na == 0) {
                            // only an inconsistent order gets here
                            return;
                        }
                    }
                    move(keys, values, b++, dest++, 1);
                    if (--nb == 0) {
                        return;
                    }
                    k = gallopLeft(ta[a], keys, b, nb, 0);
                    bCount = k;
                    if (k != 0) {
                        move(keys, values, b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    move(ta, tv, a++, dest++, 1);
                    if (--na == 1) {
                        copyB = true;
                        return;
                    }
                } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                minG++;
                minGallop = minG;
            }
        } finally {
            if (copyB) {
                // a's last item goes after what is left of b
                move(keys, values, b, dest, nb);
                move(ta, tv, a, dest + nb, 1);
            } else if (na > 0) {
                // done, or a comparison raised: what is left of a fills the gap before what is left of b
                move(ta, tv, a, dest, na);
            }
        }
    }

    /**
     * Merges the adjacent runs {@code a = [pa, pa + na)} and {@code b = [pb, pb + nb)}, where b is the shorter:
     * b is copied aside and the merge fills the array from the right.
     */
    private void mergeHi(int pa, int na, int pb, int nb) {
        reserve(nb);
        Object[] tb = tmpKeys;
        Object[] tv = tmpValues;
        System.arraycopy(keys, pb, tb, 0, nb);
        if (values != null) {
            System.arraycopy(values, pb, tv, 0, nb);
        }
        int dest = pb + nb - 1;
        int a = pa + na - 1;
        int b = nb - 1;
        boolean copyA = false;
        try {
            move(keys, values, a--, dest--, 1);
            if (--na == 0) {
                return;
            }
            if (nb == 1) {
                copyA = true;
                return;
            }
            int minG = minGallop;
            for (;;) {
                int aCount = 0;
                int bCount = 0;
                for (;;) {
                    if (lt(tb[b], keys[a])) {
                        move(keys, values, a--, dest--, 1);
                        aCount++;
                        bCount = 0;
                        if (--na == 0) {
                            return;
                        }
                        if (aCount >= minG) {
                            break;
                        }
                    } else {
                        move(tb, tv, b--, dest--, 1);
                        bCount++;
                        aCount = 0;
                        if (--nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (bCount >= minG) {
                            break;
                        }
                    }
                }
                minG++;
                do {
                    minG -= minG > 1 ? 1 : 0;
                    minGallop = minG;
                    int k = na - gallopRight(tb[b], keys, pa, na, na - 1);
                    aCount = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        move(keys, values, a + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    move(tb, tv, b--, dest--, 1);
                    if (--nb == 1) {
                        copyA = true;
                        return;
                    }
                    k = nb - gallopLeft(keys[a], tb, 0, nb, nb - 1);
                    bCount = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        move(tb, tv, b + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyA = true;
                            return;
                        }
                        if (nb == 0) {
                            // only an inconsistent order gets here
                            return;
                        }
                    }
                    move(keys, values, a--, dest--, 1);
                    if (--na == 0) {
                        return;
                    }
                } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                minG++;
                minGallop = minG;
            }
        } finally {
            if (copyA) {
                // b's first item goes before what is left of a
                dest -= na;
                a -= na;
                move(keys, values, a + 1, dest + 1, na);
                move(tb, tv, b, dest, 1);
            } else if (nb > 0) {
                move(tb, tv, 0, dest - (nb - 1), nb);
            }
        }
    }
}

package io.portalis.pylib.stdlib;

import io.portalis.pylib.Py;
import io.portalis.pylib.ValueError;
import java.util.List;
import java.util.function.Function;

/** Python's {@code bisect}: binary search and insertion in sorted lists, by Python's {@code <}. */
public final class BisectModule {
    private BisectModule() {
    }

    /**
     * {@code bisect_right(a, x, lo, hi, key=key)}.
     *
     * @param a the sorted list
     * @param x the value
     * @param lo the lower bound
     * @param hi the upper bound, or -1 for {@code len(a)}
     * @param key the key function applied to the list's items, or {@code null}
     * @param <T> the item type
     * @return the insertion point after any equal items
     * @throws ValueError {@code lo must be non-negative}
     */
    public static <T> long bisectRight(List<T> a, Object x, long lo, long hi, Function<? super T, ?> key) {
        if (lo < 0) {
            throw new ValueError("lo must be non-negative");
        }
        long h = hi < 0 ? a.size() : hi;
        long l = lo;
        while (l < h) {
            long mid = (l + h) >>> 1;
            T item = a.get((int) mid);
            if (Py.lt(x, key == null ? item : key.apply(item))) {
                h = mid;
            } else {
                l = mid + 1;
            }
        }
        return l;
    }

    /**
     * {@code bisect_left(a, x, lo, hi, key=key)}.
     *
     * @param a the sorted list
     * @param x the value
     * @param lo the lower bound
     * @param hi the upper bound, or -1 for {@code len(a)}
     * @param key the key function applied to the list's items, or {@code null}
     * @param <T> the item type
     * @return the insertion point before any equal items
     * @throws ValueError {@code lo must be non-negative}
     */
    public static <T> long bisectLeft(List<T> a, Object x, long lo, long hi, Function<? super T, ?> key) {
        if (lo < 0) {
            throw new ValueError("lo must be non-negative");
        }
        long h = hi < 0 ? a.size() : hi;
        long l = lo;
        while (l < h) {
            long mid = (l + h) >>> 1;
            T item = a.get((int) mid);
            if (Py.lt(key == null ? item : key.apply(item), x)) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return l;
    }

    /**
     * {@code bisect(a, x)} (an alias of {@code bisect_right}).
     *
     * @param a the sorted list
     * @param x the value
     * @param <T> the item type
     * @return the insertion point after any equal items
     */
    public static <T> long bisect(List<T> a, Object x) {
        return bisectRight(a, x, 0, -1, null);
    }

    /**
     * {@code insort_right(a, x)} (and {@code insort}).
     *
     * @param a the sorted list
     * @param x the value to insert
     * @param <T> the item type
     */
    public static <T> void insort(List<T> a, T x) {
        a.add((int) bisectRight(a, x, 0, -1, null), x);
    }

    /**
     * {@code insort_left(a, x)}.
     *
     * @param a the sorted list
     * @param x the value to insert
     * @param <T> the item type
     */
    public static <T> void insortLeft(List<T> a, T x) {
        a.add((int) bisectLeft(a, x, 0, -1, null), x);
    }
}

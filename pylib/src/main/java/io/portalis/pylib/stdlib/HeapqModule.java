package io.portalis.pylib.stdlib;

import io.portalis.pylib.IndexError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyList;
import io.portalis.pylib.RuntimeError;
import java.util.List;
import java.util.function.Function;

/**
 * Python's {@code heapq}: a binary min-heap kept in a list, with CPython's sift algorithms, so the list's order
 * (which programs print) is the one CPython leaves.
 */
public final class HeapqModule {
    private HeapqModule() {
    }

    /**
     * {@code heappush(heap, item)}.
     *
     * @param heap the heap
     * @param item the new item
     * @param <T> the item type
     */
    public static <T> void heappush(List<T> heap, T item) {
        heap.add(item);
        siftDown(heap, 0, heap.size() - 1, false);
    }

    /**
     * {@code heappop(heap)}.
     *
     * @param heap the heap
     * @param <T> the item type
     * @return the smallest item
     * @throws IndexError {@code index out of range} for an empty heap
     */
    public static <T> T heappop(List<T> heap) {
        return heappop(heap, false);
    }

    /**
     * {@code heapreplace(heap, item)}: pop, then push.
     *
     * @param heap the heap
     * @param item the new item
     * @param <T> the item type
     * @return the smallest item before the push
     * @throws IndexError {@code index out of range} for an empty heap
     */
    public static <T> T heapreplace(List<T> heap, T item) {
        return heapreplace(heap, item, false);
    }

    /**
     * {@code heappushpop(heap, item)}: push, then pop.
     *
     * @param heap the heap
     * @param item the new item
     * @param <T> the item type
     * @return the smallest of the heap and the item
     */
    public static <T> T heappushpop(List<T> heap, T item) {
        if (!heap.isEmpty() && Py.lt(heap.get(0), item)) {
            T top = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0, false);
            return top;
        }
        return item;
    }

    /**
     * {@code heapify(x)}: in place, in linear time.
     *
     * @param x the list
     * @param <T> the item type
     */
    public static <T> void heapify(List<T> x) {
        heapify(x, false);
    }

    /**
     * {@code nsmallest(n, items, key=key)}: as {@code sorted(items, key=key)[:n]}.
     *
     * @param n how many
     * @param items the items
     * @param key the key function, or {@code null}
     * @param <T> the item type
     * @return the smallest items, in order
     */
    public static <T> PyList<T> nsmallest(long n, Object items, Function<? super T, ?> key) {
        PyList<T> sorted = io.portalis.pylib.Builtins.sorted(items, key, false);
        return sorted.slice(0L, Math.max(0, n), null);
    }

    /**
     * {@code nlargest(n, items, key=key)}: as {@code sorted(items, key=key, reverse=True)[:n]}.
     *
     * @param n how many
     * @param items the items
     * @param key the key function, or {@code null}
     * @param <T> the item type
     * @return the largest items, in order
     */
    public static <T> PyList<T> nlargest(long n, Object items, Function<? super T, ?> key) {
        PyList<T> sorted = io.portalis.pylib.Builtins.sorted(items, key, true);
        return sorted.slice(0L, Math.max(0, n), null);
    }

    /**
     * heapq's {@code _heapify_max} ({@code max}) or {@code heapify}.
     *
     * @param x the list
     * @param max whether the largest item goes first
     * @param <T> the item type
     */
    public static <T> void heapify(List<T> x, boolean max) {
        for (int i = x.size() / 2 - 1; i >= 0; i--) {
            siftUp(x, i, max);
        }
    }

    /**
     * heapq's {@code _heapreplace_max} ({@code max}) or {@code heapreplace}.
     *
     * @param heap the heap
     * @param item the new item
     * @param max whether the largest item is first
     * @param <T> the item type
     * @return the first item before the replacement
     * @throws IndexError {@code index out of range} for an empty heap
     */
    public static <T> T heapreplace(List<T> heap, T item, boolean max) {
        if (heap.isEmpty()) {
            throw new IndexError("index out of range");
        }
        T result = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return result;
    }

    /**
     * heapq's {@code _heappop_max} ({@code max}) or {@code heappop}.
     *
     * @param heap the heap
     * @param max whether the largest item is first
     * @param <T> the item type
     * @return the first item
     * @throws IndexError {@code index out of range} for an empty heap
     */
    public static <T> T heappop(List<T> heap, boolean max) {
        if (heap.isEmpty()) {
            throw new IndexError("index out of range");
        }
        T last = heap.removeLast();
        if (heap.isEmpty()) {
            return last;
        }
        T result = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return result;
    }

    /** Whether {@code a} goes before {@code b}: {@code a < b}, or {@code b < a} in a max-heap. */
    private static boolean before(Object a, Object b, boolean max) {
        return max ? Py.lt(b, a) : Py.lt(a, b);
    }

    /** A comparison may run Python code that resizes the heap; CPython then stops, as here. */
    private static void unchanged(List<?> heap, int size) {
        if (heap.size() != size) {
            throw new RuntimeError("list changed size during iteration");
        }
    }

    private static <T> void siftDown(List<T> heap, int start, int pos, boolean max) {
        int size = heap.size();
        T item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            T parent = heap.get(parentPos);
            boolean moves = before(item, parent, max);
            unchanged(heap, size);
            if (!moves) {
                break;
            }
            heap.set(pos, parent);
            pos = parentPos;
        }
        heap.set(pos, item);
    }

    private static <T> void siftUp(List<T> heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        T item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end) {
                boolean leftFirst = before(heap.get(child), heap.get(right), max);
                unchanged(heap, end);
                if (!leftFirst) {
                    child = right;
                }
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(heap, start, pos, max);
    }
}

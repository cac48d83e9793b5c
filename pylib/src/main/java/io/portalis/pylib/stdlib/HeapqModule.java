package io.portalis.pylib.stdlib;

import io.portalis.pylib.IndexError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyList;
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
        siftDown(heap, 0, heap.size() - 1);
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
        if (heap.isEmpty()) {
            throw new IndexError("index out of range");
        }
        T last = heap.removeLast();
        if (heap.isEmpty()) {
            return last;
        }
        T result = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0);
        return result;
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
        if (heap.isEmpty()) {
            throw new IndexError("index out of range");
        }
        T result = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0);
        return result;
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
            siftUp(heap, 0);
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
        for (int i = x.size() / 2 - 1; i >= 0; i--) {
            siftUp(x, i);
        }
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

    private static <T> void siftDown(List<T> heap, int start, int pos) {
        T item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            T parent = heap.get(parentPos);
            if (Py.lt(item, parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    private static <T> void siftUp(List<T> heap, int pos) {
        int end = heap.size();
        int start = pos;
        T item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !Py.lt(heap.get(child), heap.get(right))) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(heap, start, pos);
    }
}

package io.portalis.runtime.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A binary min-heap with the exact algorithm of Python's {@code heapq}, so that items that compare equal come out
 * of a {@link PriorityQueue} in the same order as from asyncio's (java.util.PriorityQueue sifts differently).
 */
final class HeapStore<T> implements Store<T> {

    private final ArrayList<T> heap = new ArrayList<>();
    private final Comparator<? super T> order;

    HeapStore(Comparator<? super T> order) {
        this.order = order;
    }

    private boolean less(T a, T b) {
        return order.compare(a, b) < 0;
    }

    @Override
    public void push(T item) {
        heap.add(item);
        siftTowardsRoot(0, heap.size() - 1);
    }

    @Override
    public T pop() {
        T last = heap.removeLast();
        if (heap.isEmpty()) {
            return last;
        }
        T top = heap.get(0);
        heap.set(0, last);
        siftTowardsLeaves(0);
        return top;
    }

    /** Moves the item at {@code pos} up while it is smaller than its parent, stopping at {@code start}. */
    private void siftTowardsRoot(int start, int pos) {
        T item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            T parent = heap.get(parentPos);
            if (!less(item, parent)) {
                break;
            }
            heap.set(pos, parent);
            pos = parentPos;
        }
        heap.set(pos, item);
    }

    /**
     * heapq's pop: the hole at {@code pos} moves down along the smaller children to a leaf, then the item placed
     * there sifts back up. Fewer comparisons than stopping early, and the order of equal items depends on it.
     */
    private void siftTowardsLeaves(int pos) {
        int end = heap.size();
        int start = pos;
        T item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(heap.get(child), heap.get(right))) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftTowardsRoot(start, pos);
    }

    @Override
    public int size() {
        return heap.size();
    }

    @Override
    public Iterable<T> items() {
        return List.copyOf(heap);
    }
}

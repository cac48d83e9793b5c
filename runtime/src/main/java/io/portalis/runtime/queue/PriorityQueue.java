package io.portalis.runtime.queue;

import java.util.Comparator;
import java.util.Objects;

/**
 * A {@link Queue} that returns the smallest item first (asyncio's {@code PriorityQueue}). Items that compare equal
 * come out in the same order as from asyncio's, whose heap algorithm this one follows; that is not the order they
 * were put in, so give items a sequence number as a tie-breaker when that order matters.
 *
 * @param <T> the item type; items must not be null
 */
public final class PriorityQueue<T> extends Queue<T> {

    /** An unbounded priority queue of {@link Comparable} items. */
    public PriorityQueue() {
        this(0);
    }

    /** A priority queue of {@link Comparable} items holding at most {@code maxsize}; 0 or less means unbounded. */
    @SuppressWarnings("unchecked")
    public PriorityQueue(int maxsize) {
        this(maxsize, (a, b) -> ((Comparable<Object>) a).compareTo(b));
    }

    /** A priority queue ordered by {@code order}, holding at most {@code maxsize}; 0 or less means unbounded. */
    public PriorityQueue(int maxsize, Comparator<? super T> order) {
        super(maxsize, new HeapStore<>(Objects.requireNonNull(order, "order")));
    }
}

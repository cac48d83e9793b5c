package io.portalis.runtime.queue;

/** Where a queue keeps its items: what distinguishes {@link Queue}, {@link LifoQueue} and {@link PriorityQueue}. */
interface Store<T> {
    void push(T item);

    /** Removes and returns the next item; only called when {@link #size()} is positive. */
    T pop();

    int size();

    /** The items in the order {@code toString} shows them. */
    Iterable<T> items();
}

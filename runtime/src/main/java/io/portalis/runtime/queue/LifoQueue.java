package io.portalis.runtime.queue;

/**
 * A {@link Queue} that returns the most recently put item first (asyncio's {@code LifoQueue}).
 *
 * @param <T> the item type; null items are allowed
 */
public final class LifoQueue<T> extends Queue<T> {

    /** An unbounded LIFO queue. */
    public LifoQueue() {
        this(0);
    }

    /** A LIFO queue holding at most {@code maxsize} items; 0 or less means unbounded. */
    public LifoQueue(int maxsize) {
        super(maxsize, new DequeStore<>(true));
    }
}

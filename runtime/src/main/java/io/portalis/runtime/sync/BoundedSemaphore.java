package io.portalis.runtime.sync;

/**
 * A {@link Semaphore} that refuses to be released more often than acquired (asyncio's {@code BoundedSemaphore}):
 * its count never exceeds the initial value.
 */
public final class BoundedSemaphore extends Semaphore {

    private final int bound;

    /**
     * A bounded semaphore with {@code value} permits, which is also its bound.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public BoundedSemaphore(int value) {
        super(value);
        this.bound = value;
    }

    /** A bounded semaphore with one permit. */
    public BoundedSemaphore() {
        this(1);
    }

    /**
     * Returns a permit; see {@link Semaphore#release()}.
     *
     * @throws IllegalArgumentException "BoundedSemaphore released too many times" if every permit is already free
     */
    @Override
    public void release() {
        synchronized (mu) {
            if (value >= bound) {
                throw new IllegalArgumentException("BoundedSemaphore released too many times");
            }
            super.release();
        }
    }
}

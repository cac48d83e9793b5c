package io.portalis.runtime.sync;

/**
 * A held lock, semaphore permit or limiter token, released by {@link #close()}: what try-with-resources needs to
 * express Python's {@code async with}. Closing never suspends and never throws a checked exception.
 */
@FunctionalInterface
public interface Held extends AutoCloseable {
    /**
     * Releases what was acquired.
     *
     * @throws IllegalStateException (or {@link IllegalArgumentException} for a bounded semaphore) if it was
     *     already released by other means
     */
    @Override
    void close();
}

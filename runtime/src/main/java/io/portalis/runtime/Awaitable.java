package io.portalis.runtime;

/**
 * Something a task can wait for: a {@link Future} or {@link Task}, or one of the awaitables
 * {@link Asyncio#asCompleted} returns.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface Awaitable<T> {
    /**
     * Suspends the current task until the result is available, then returns it or throws its exception.
     *
     * <p>Cancellation: if the current task is cancelled while suspended here, {@link CancelledError} is thrown.
     *
     * @return the result
     * @throws IllegalStateException when called outside a task of a running loop
     */
    T await();
}

package io.portalis.runtime;

/**
 * The body of a task: ordinary Java code that may suspend by calling the runtime's suspending methods
 * ({@link Asyncio#sleep(double)}, {@link Future#await()}, ...). It returns the task's result, or throws to fail it.
 *
 * <p>It may throw checked exceptions so that bodies can call ordinary Java code freely; the exception becomes the
 * task's exception, rethrown unchanged to whoever awaits the task.
 *
 * @param <T> the result type ({@link Void} and {@code return null} for none)
 */
@FunctionalInterface
public interface Coroutine<T> {
    /**
     * Runs the body inside a task.
     *
     * @return the task's result
     * @throws Exception the task's exception
     */
    T call() throws Exception;
}

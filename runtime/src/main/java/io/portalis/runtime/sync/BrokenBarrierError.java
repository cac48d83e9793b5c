package io.portalis.runtime.sync;

/**
 * Thrown by {@link Barrier#await()} when the barrier is aborted, or reset while the task waits (asyncio's
 * {@code BrokenBarrierError}, a {@code RuntimeError} there).
 */
public class BrokenBarrierError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with the given message. */
    public BrokenBarrierError(String message) {
        super(message);
    }
}

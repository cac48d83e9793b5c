package io.portalis.runtime;

/**
 * A deadline passed: thrown by {@link Asyncio#timeout}, {@link Asyncio#waitFor} and {@link Asyncio#asCompleted}
 * (Python's {@code TimeoutError}, which asyncio uses). Its cause is the {@link CancelledError} it replaced, if any.
 */
public class TimeoutError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A timeout without a message. */
    public TimeoutError() {
        super();
    }

    /** A timeout that replaced the cancellation {@code cause}. */
    public TimeoutError(Throwable cause) {
        super(null, cause);
    }
}

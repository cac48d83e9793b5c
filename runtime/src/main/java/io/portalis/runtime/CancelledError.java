package io.portalis.runtime;

/**
 * Thrown into a task that is cancelled, at its next suspension point, and by {@link Future#result()} of a cancelled
 * future (asyncio's {@code CancelledError}).
 *
 * <p>It extends {@link Error}, not {@link Exception}, on purpose: in Python it is a {@code BaseException}, so the
 * everyday {@code except Exception:} does not swallow it, and a cancelled task really stops. Java code that writes
 * {@code catch (Exception e)} gets the same guarantee. (kotlinx.coroutines made its CancellationException an
 * Exception, and code that catches Exception silently breaks cancellation there.) Catch it only to clean up, then
 * rethrow it, or call {@link Task#uncancel()} if the cancellation is really to be suppressed.
 */
public class CancelledError extends Error {
    private static final long serialVersionUID = 1L;

    /** A cancellation without a message. */
    public CancelledError() {
        super();
    }

    /** A cancellation with the message given to {@link Future#cancel(String)}, or {@code null}. */
    public CancelledError(String message) {
        super(message);
    }
}

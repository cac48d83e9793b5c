package io.portalis.runtime;

/**
 * A future was used in a state that does not allow the operation (asyncio's {@code InvalidStateError}):
 * {@link Future#result()} or {@link Future#exception()} of a pending future, or completing a future twice.
 */
public class InvalidStateError extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** With a message saying which operation met which state. */
    public InvalidStateError(String message) {
        super(message);
    }
}

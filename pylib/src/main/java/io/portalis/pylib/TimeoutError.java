package io.portalis.pylib;

/**
 * Python's {@code TimeoutError}: an operation that timed out (in Python 3.11 also {@code asyncio.TimeoutError}).
 */
public class TimeoutError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public TimeoutError(Object... args) {
        super(args);
    }
}

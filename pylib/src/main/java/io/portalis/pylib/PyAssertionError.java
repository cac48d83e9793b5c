package io.portalis.pylib;

/**
 * Python's {@code AssertionError}: a failed {@code assert}; named with a prefix only because {@code java.lang.AssertionError} exists.
 */
public class PyAssertionError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public PyAssertionError(Object... args) {
        super(args);
    }
}

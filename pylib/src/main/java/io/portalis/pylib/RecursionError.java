package io.portalis.pylib;

/**
 * Python's {@code RecursionError}: the maximum recursion depth exceeded; {@link Py#wrap} maps a Java {@link StackOverflowError} to it.
 */
public class RecursionError extends RuntimeError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public RecursionError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code LookupError}: the base of {@link KeyError} and {@link IndexError}.
 */
public class LookupError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public LookupError(Object... args) {
        super(args);
    }
}

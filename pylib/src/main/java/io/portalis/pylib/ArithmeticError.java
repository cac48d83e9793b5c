package io.portalis.pylib;

/**
 * Python's {@code ArithmeticError}: the base of arithmetic errors.
 */
public class ArithmeticError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ArithmeticError(Object... args) {
        super(args);
    }

    /**
     * Creates the exception, optionally without a Java stack trace (see {@link PyBaseException}).
     *
     * @param captureStack whether to capture the Java stack trace
     * @param args the positional arguments
     */
    protected ArithmeticError(boolean captureStack, Object... args) {
        super(captureStack, args);
    }
}

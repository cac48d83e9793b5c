package io.portalis.pylib;

/**
 * Python's {@code Exception}: the base of all errors a program is expected to handle; {@code except Exception} catches this type and not {@link KeyboardInterrupt}, {@link SystemExit} or {@link GeneratorExit}.
 */
public class PyException extends PyBaseException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public PyException(Object... args) {
        super(args);
    }

    /**
     * Creates the exception, optionally without a Java stack trace (see {@link PyBaseException}).
     *
     * @param captureStack whether to capture the Java stack trace
     * @param args the positional arguments
     */
    protected PyException(boolean captureStack, Object... args) {
        super(captureStack, args);
    }
}

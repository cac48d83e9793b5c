package io.portalis.pylib;

/**
 * Python's {@code OSError}: a system error such as a missing file.
 */
public class OSError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public OSError(Object... args) {
        super(args);
    }
}

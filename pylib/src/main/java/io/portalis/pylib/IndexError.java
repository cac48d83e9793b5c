package io.portalis.pylib;

/**
 * Python's {@code IndexError}: a sequence index out of range, such as {@code list index out of range}.
 */
public class IndexError extends LookupError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public IndexError(Object... args) {
        super(args);
    }
}

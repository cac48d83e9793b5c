package io.portalis.pylib;

/**
 * Python's {@code NameError}: a name that is not defined.
 */
public class NameError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public NameError(Object... args) {
        super(args);
    }
}

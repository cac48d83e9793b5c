package io.portalis.pylib;

/**
 * Python's {@code UnboundLocalError}: a local variable referenced before assignment.
 */
public class UnboundLocalError extends NameError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public UnboundLocalError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code RuntimeError}: an error that fits no other category.
 */
public class RuntimeError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public RuntimeError(Object... args) {
        super(args);
    }
}

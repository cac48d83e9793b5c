package io.portalis.pylib;

/**
 * Python's {@code EOFError}: {@code input()} reaching the end of its input.
 */
public class EOFError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public EOFError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code MemoryError}: memory exhaustion; {@link Py#wrap} maps a Java {@link OutOfMemoryError} to it.
 */
public class MemoryError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public MemoryError(Object... args) {
        super(args);
    }
}

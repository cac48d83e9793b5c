package io.portalis.pylib;

/**
 * Python's {@code BrokenPipeError}: writing to a pipe or socket whose other end is closed (errno EPIPE, ESHUTDOWN).
 */
public class BrokenPipeError extends ConnectionError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public BrokenPipeError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code BlockingIOError}: an operation that would block a non-blocking object (errno EAGAIN, EALREADY, EINPROGRESS).
 */
public class BlockingIOError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public BlockingIOError(Object... args) {
        super(args);
    }
}

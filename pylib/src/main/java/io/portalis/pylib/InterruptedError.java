package io.portalis.pylib;

/**
 * Python's {@code InterruptedError}: a system call interrupted by a signal (errno EINTR).
 */
public class InterruptedError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public InterruptedError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code ChildProcessError}: an operation on a child process that failed (errno ECHILD).
 */
public class ChildProcessError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public ChildProcessError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code PermissionError}: an operation without the permission it needs (errno EACCES or EPERM).
 */
public class PermissionError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public PermissionError(Object... args) {
        super(args);
    }
}

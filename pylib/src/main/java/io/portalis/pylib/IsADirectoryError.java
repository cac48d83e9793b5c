package io.portalis.pylib;

/**
 * Python's {@code IsADirectoryError}: a file operation on a directory (errno EISDIR).
 */
public class IsADirectoryError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public IsADirectoryError(Object... args) {
        super(args);
    }
}

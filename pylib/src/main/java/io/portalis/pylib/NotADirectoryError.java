package io.portalis.pylib;

/**
 * Python's {@code NotADirectoryError}: a directory operation on something else (errno ENOTDIR).
 */
public class NotADirectoryError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public NotADirectoryError(Object... args) {
        super(args);
    }
}

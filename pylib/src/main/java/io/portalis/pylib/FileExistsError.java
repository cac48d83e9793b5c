package io.portalis.pylib;

/**
 * Python's {@code FileExistsError}: creating a file or directory that already exists (errno EEXIST).
 */
public class FileExistsError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public FileExistsError(Object... args) {
        super(args);
    }
}

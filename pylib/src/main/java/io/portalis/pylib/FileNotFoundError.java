package io.portalis.pylib;

/**
 * Python's {@code FileNotFoundError}: a file or directory that does not exist.
 */
public class FileNotFoundError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public FileNotFoundError(Object... args) {
        super(args);
    }
}

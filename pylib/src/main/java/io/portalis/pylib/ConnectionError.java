package io.portalis.pylib;

/**
 * Python's {@code ConnectionError}: the base of the connection-related errors.
 */
public class ConnectionError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public ConnectionError(Object... args) {
        super(args);
    }
}

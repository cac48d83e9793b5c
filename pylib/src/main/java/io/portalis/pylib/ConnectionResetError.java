package io.portalis.pylib;

/**
 * Python's {@code ConnectionResetError}: a connection reset by the peer (errno ECONNRESET).
 */
public class ConnectionResetError extends ConnectionError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public ConnectionResetError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code ConnectionRefusedError}: a connection the peer refused (errno ECONNREFUSED).
 */
public class ConnectionRefusedError extends ConnectionError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public ConnectionRefusedError(Object... args) {
        super(args);
    }
}

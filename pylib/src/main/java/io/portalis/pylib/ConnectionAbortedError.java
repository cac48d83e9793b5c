package io.portalis.pylib;

/**
 * Python's {@code ConnectionAbortedError}: a connection aborted by the peer (errno ECONNABORTED).
 */
public class ConnectionAbortedError extends ConnectionError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public ConnectionAbortedError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code ProcessLookupError}: a process that does not exist (errno ESRCH).
 */
public class ProcessLookupError extends OSError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments, as {@link OSError#OSError(Object...)} reads them
     */
    public ProcessLookupError(Object... args) {
        super(args);
    }
}

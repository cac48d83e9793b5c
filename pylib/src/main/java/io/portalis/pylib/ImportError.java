package io.portalis.pylib;

/**
 * Python's {@code ImportError}: a module or name that cannot be imported.
 */
public class ImportError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ImportError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code ModuleNotFoundError}: a module that cannot be found.
 */
public class ModuleNotFoundError extends ImportError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ModuleNotFoundError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code NotImplementedError}: an abstract method that a subclass must override.
 */
public class NotImplementedError extends RuntimeError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public NotImplementedError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code UnicodeError}: an encoding or decoding error.
 */
public class UnicodeError extends ValueError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public UnicodeError(Object... args) {
        super(args);
    }
}

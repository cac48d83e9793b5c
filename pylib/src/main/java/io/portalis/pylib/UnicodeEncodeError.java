package io.portalis.pylib;

/**
 * Python's {@code UnicodeEncodeError}: characters the codec cannot encode, with CPython's message, such as
 * {@code 'ascii' codec can't encode character '\\u20ac' in position 0: ordinal not in range(128)}.
 */
public class UnicodeEncodeError extends UnicodeError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public UnicodeEncodeError(Object... args) {
        super(args);
    }
}

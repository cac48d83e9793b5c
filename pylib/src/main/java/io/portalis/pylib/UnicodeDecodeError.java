package io.portalis.pylib;

/**
 * Python's {@code UnicodeDecodeError}: bytes that are not valid in the codec, with CPython's message, such as
 * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}.
 */
public class UnicodeDecodeError extends UnicodeError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public UnicodeDecodeError(Object... args) {
        super(args);
    }
}

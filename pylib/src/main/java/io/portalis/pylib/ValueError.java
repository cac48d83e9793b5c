package io.portalis.pylib;

/**
 * Python's {@code ValueError}: an argument of the right type but an inappropriate value, such as {@code invalid literal for int() with base 10: 'x'}.
 */
public class ValueError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ValueError(Object... args) {
        super(args);
    }
}

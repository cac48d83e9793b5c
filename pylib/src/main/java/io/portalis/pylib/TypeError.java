package io.portalis.pylib;

/**
 * Python's {@code TypeError}: an operation applied to an object of an inappropriate type, such as {@code unsupported operand type(s) for +: 'int' and 'str'}.
 */
public class TypeError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public TypeError(Object... args) {
        super(args);
    }
}

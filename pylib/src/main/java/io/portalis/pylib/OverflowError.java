package io.portalis.pylib;

/**
 * Python's {@code OverflowError}: a result too large for its representation, such as {@code int too large to convert to float}.
 */
public class OverflowError extends ArithmeticError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public OverflowError(Object... args) {
        super(args);
    }
}

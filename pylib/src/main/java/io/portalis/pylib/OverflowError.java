package io.portalis.pylib;

/**
 * Python's {@code OverflowError}: a result too large for its representation, such as {@code int too large to convert to float}.
 */
public class OverflowError extends ArithmeticError {
    private static final String TYPED_PATH = "int result does not fit in 64 bits on the typed path";

    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public OverflowError(Object... args) {
        super(args);
    }

    private OverflowError(boolean captureStack, Object... args) {
        super(captureStack, args);
    }

    /**
     * The signal of checked {@code long} arithmetic whose result needs more than 64 bits. Generated code usually
     * catches it at once and recomputes the statement exactly with big ints, so that an accumulator that passes
     * {@code 2**63} on every iteration would otherwise pay for a Java stack trace each time: this one has none.
     * Where nothing catches it, the program stops with its message, which says what happened.
     *
     * @return a new exception without a stack trace
     */
    public static OverflowError typedPath() {
        return new OverflowError(false, new Object[] {TYPED_PATH});
    }
}

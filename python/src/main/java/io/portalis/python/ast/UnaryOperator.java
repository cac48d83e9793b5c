package io.portalis.python.ast;

/** The operators of {@link Expr.UnaryOp}. */
public enum UnaryOperator {
    /** {@code ~} */
    INVERT("Invert"),
    /** {@code not} */
    NOT("Not"),
    /** unary {@code +} */
    U_ADD("UAdd"),
    /** unary {@code -} */
    U_SUB("USub");

    private final String astName;

    UnaryOperator(String astName) {
        this.astName = astName;
    }

    /** @return the {@code ast} class name, such as {@code "USub"} */
    public String astName() {
        return astName;
    }
}

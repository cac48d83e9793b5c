package io.portalis.python.ast;

/** The operators of {@link Expr.BoolOp}: {@code and}, {@code or}. */
public enum BoolOperator {
    /** {@code and} */
    AND("And"),
    /** {@code or} */
    OR("Or");

    private final String astName;

    BoolOperator(String astName) {
        this.astName = astName;
    }

    /** @return the {@code ast} class name, such as {@code "And"} */
    public String astName() {
        return astName;
    }
}

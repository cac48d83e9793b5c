package io.portalis.python.ast;

/** The operators of {@link Expr.Compare}. */
public enum CmpOperator {
    /** {@code ==} */
    EQ("Eq"),
    /** {@code !=} */
    NOT_EQ("NotEq"),
    /** {@code <} */
    LT("Lt"),
    /** {@code <=} */
    LT_E("LtE"),
    /** {@code >} */
    GT("Gt"),
    /** {@code >=} */
    GT_E("GtE"),
    /** {@code is} */
    IS("Is"),
    /** {@code is not} */
    IS_NOT("IsNot"),
    /** {@code in} */
    IN("In"),
    /** {@code not in} */
    NOT_IN("NotIn");

    private final String astName;

    CmpOperator(String astName) {
        this.astName = astName;
    }

    /** @return the {@code ast} class name, such as {@code "NotIn"} */
    public String astName() {
        return astName;
    }
}

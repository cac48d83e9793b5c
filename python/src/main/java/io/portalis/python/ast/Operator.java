package io.portalis.python.ast;

/** The binary operators of {@link Expr.BinOp} and {@link Stmt.AugAssign}. */
public enum Operator {
    /** {@code +} */
    ADD("Add"),
    /** {@code -} */
    SUB("Sub"),
    /** {@code *} */
    MULT("Mult"),
    /** {@code @} */
    MAT_MULT("MatMult"),
    /** {@code /} */
    DIV("Div"),
    /** {@code %} */
    MOD("Mod"),
    /** {@code **} */
    POW("Pow"),
    /** {@code <<} */
    L_SHIFT("LShift"),
    /** {@code >>} */
    R_SHIFT("RShift"),
    /** {@code |} */
    BIT_OR("BitOr"),
    /** {@code ^} */
    BIT_XOR("BitXor"),
    /** {@code &} */
    BIT_AND("BitAnd"),
    /** {@code //} */
    FLOOR_DIV("FloorDiv");

    private final String astName;

    Operator(String astName) {
        this.astName = astName;
    }

    /** @return the {@code ast} class name, such as {@code "Add"} */
    public String astName() {
        return astName;
    }
}

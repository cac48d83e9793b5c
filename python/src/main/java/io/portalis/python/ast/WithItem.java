package io.portalis.python.ast;

/** One item of a {@code with}: {@code contextExpr as optionalVars}; {@code optionalVars} is null when absent. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
    /** @return {@code "withitem"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "withitem";
    }
}

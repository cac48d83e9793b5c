package io.portalis.python.ast;

/** Whether a name, attribute, subscript, starred, list or tuple expression is read, assigned or deleted. */
public enum ExprContext {
    /** Read. */
    LOAD("Load"),
    /** Assigned. */
    STORE("Store"),
    /** Deleted. */
    DEL("Del");

    private final String astName;

    ExprContext(String astName) {
        this.astName = astName;
    }

    /** @return the {@code ast} class name, such as {@code "Load"} */
    public String astName() {
        return astName;
    }
}

package io.portalis.pylib.dyn;

/**
 * A variable shared between a function and the functions nested in it: Python's closure cell. Java lambdas capture
 * only effectively final locals, so a captured Python variable lives in a cell that both sides read and write.
 */
public final class Cell {
    /** The variable's value; {@code null} is Python's {@code None}. */
    public Object v;

    /** Creates an empty cell (the variable holds {@code None} until assigned). */
    public Cell() {
    }

    /**
     * Creates a cell holding a value.
     *
     * @param v the initial value
     */
    public Cell(Object v) {
        this.v = v;
    }
}

package io.portalis.translator;

/**
 * A construct the translator cannot translate, at its position in the Python source.
 *
 * @param line the 1-based line
 * @param column the 1-based column (CPython's {@code col_offset} plus one)
 * @param construct what is not supported, in Python's words
 */
public record Diagnostic(int line, int column, String construct) {
    /**
     * Formats the diagnostic as {@code ./portalis check} prints it.
     *
     * @param file the file name to print
     * @return {@code FILE:LINE:COL: error: <construct> is not supported}
     */
    public String format(String file) {
        return file + ":" + line + ":" + column + ": error: " + construct + " is not supported";
    }
}

package io.portalis.python;

/**
 * A Python source that CPython would reject, with the position CPython reports: {@link #line()} and
 * {@link #column()} are 1-based and equal CPython's {@code SyntaxError.lineno} and {@code offset}. Like CPython,
 * the column counts UTF-8 bytes for errors of the parser in a source given as bytes without a coding declaration,
 * and characters otherwise. {@link #getMessage()} reads as CPython's {@code str(SyntaxError)}:
 * {@code MESSAGE (FILE, line N)}. Problems with the coding declaration itself are on line 0, as in CPython.
 */
public final class PythonSyntaxError extends RuntimeException {

    private final String kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;

    /**
     * Creates an error.
     *
     * @param kind the Python exception class: {@code SyntaxError}, {@code IndentationError} or {@code TabError}
     * @param msg the message alone, as CPython's {@code SyntaxError.msg}
     * @param filename the file name shown in the message
     * @param line the 1-based line
     * @param column the 1-based column as CPython's {@code offset}, or 0 or -1 where CPython reports those
     * @param endLine the 1-based end line
     * @param endColumn the 1-based end column, exclusive
     */
    public PythonSyntaxError(String kind, String msg, String filename, int line, int column, int endLine,
            int endColumn) {
        super(msg + " (" + filename + ", line " + line + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }

    /** @return the Python exception class name: {@code SyntaxError}, {@code IndentationError} or {@code TabError} */
    public String kind() {
        return kind;
    }

    /** @return the message without file and line, as CPython's {@code SyntaxError.msg} */
    public String msg() {
        return msg;
    }

    /** @return the file name given to the parser */
    public String filename() {
        return filename;
    }

    /** @return the 1-based line of the error */
    public int line() {
        return line;
    }

    /** @return the 1-based column of the error, as CPython's {@code offset} (see the class comment) */
    public int column() {
        return column;
    }

    /** @return the 1-based end line of the error */
    public int endLine() {
        return endLine;
    }

    /** @return the 1-based end column of the error, as CPython's {@code end_offset} */
    public int endColumn() {
        return endColumn;
    }
}

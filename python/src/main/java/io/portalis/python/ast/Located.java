package io.portalis.python.ast;

/**
 * A node with a source position, as CPython reports it: lines are 1-based, columns are 0-based offsets in
 * UTF-8 bytes from the start of the line, and the end is exclusive.
 */
public sealed interface Located extends Node permits Stmt, Expr, Pattern, ExceptHandler, Arg, Keyword, Alias,
        TypeParam {

    /** @return the first line of the node, 1-based */
    int lineno();

    /** @return the UTF-8 byte offset of the node's first byte in its first line */
    int colOffset();

    /** @return the last line of the node, 1-based */
    int endLineno();

    /** @return the UTF-8 byte offset just after the node's last byte in its last line */
    int endColOffset();
}

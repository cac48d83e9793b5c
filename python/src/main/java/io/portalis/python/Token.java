package io.portalis.python;

/**
 * One token: its kind, its byte range in the UTF-8 source and its position as CPython reports it (1-based lines,
 * 0-based byte columns). {@code text} is the identifier (NFKC-normalized) for names, else null;
 * {@code keyword} says whether a name is reserved (soft keywords such as {@code match} are not).
 */
record Token(TokenType type, int start, int end, int line, int col, int endLine, int endCol, String text,
        boolean keyword) {

    /** A token that is not a name. */
    Token(TokenType type, int start, int end, int line, int col, int endLine, int endCol, String text) {
        this(type, start, end, line, col, endLine, endCol, text, false);
    }

    boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }
}

package io.portalis.python;

/**
 * One token: its kind, its byte range in the UTF-8 source and its position as CPython reports it (1-based lines,
 * 0-based byte columns). {@code text} is the identifier (NFKC-normalized) for names, else null.
 */
record Token(TokenType type, int start, int end, int line, int col, int endLine, int endCol, String text) {

    boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }
}

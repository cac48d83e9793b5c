package io.portalis.python;

import java.nio.charset.StandardCharsets;

/**
 * A source file as the tokenizer reads it: UTF-8 bytes with every line end turned into {@code \n} and a final
 * {@code \n} added when missing, as CPython's tokenizer does. Builds errors with CPython's positions.
 */
final class Source {

    final byte[] buf;
    final String filename;
    /**
     * Whether the parser's error columns count characters. CPython counts bytes when it parses bytes without a
     * coding declaration, characters otherwise; its tokenizer's own errors always count characters.
     */
    final boolean charColumns;

    Source(byte[] buf, String filename, boolean charColumns) {
        this.buf = buf;
        this.filename = filename;
        this.charColumns = charColumns;
    }

    /** Translates {@code \r\n} and {@code \r} to {@code \n} and ends the text with a {@code \n}. */
    static byte[] normalizeNewlines(byte[] in) {
        byte[] out = new byte[in.length + 1];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '\r') {
                out[n++] = '\n';
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = b;
            }
        }
        if (n == 0 || out[n - 1] != '\n') {
            out[n++] = '\n';
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Returns the offset where the line holding {@code offset} starts. */
    int lineStart(int offset) {
        int i = Math.min(offset, buf.length);
        while (i > 0 && buf[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** Counts the characters (code points) in the bytes {@code [from, to)}. */
    int chars(int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < buf.length; i++) {
            if ((buf[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    String text(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * An error whose CPython offset is the number of characters of its line before byte {@code cur}: how
     * CPython's tokenizer places its errors.
     */
    PythonSyntaxError errorBefore(String kind, String msg, int line, int cur) {
        int ls = lineStart(cur);
        int offset = chars(ls, cur);
        return new PythonSyntaxError(kind, msg, filename, line, offset, line, offset);
    }

    /** An error spanning the bytes {@code [from, to)} of lines {@code line..endLine}, as the parser reports. */
    PythonSyntaxError errorSpan(String kind, String msg, int line, int from, int endLine, int to) {
        return new PythonSyntaxError(kind, msg, filename, line, column(from) + 1, endLine, column(to) + 1);
    }

    /** The 0-based column of a byte offset as the parser's errors count it. */
    int column(int offset) {
        int ls = lineStart(offset);
        return charColumns ? chars(ls, offset) : offset - ls;
    }

    PythonSyntaxError errorAt(Token t, String msg) {
        return errorSpan("SyntaxError", msg, t.line(), t.start(), t.endLine(), t.end());
    }
}

package io.portalis.translator;

/** Accumulates Java source with four-space indentation. */
final class JavaWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    void line(String s) {
        String indent = "    ".repeat(depth);
        for (String l : s.split("\n", -1)) {
            out.append(l.isEmpty() ? "" : indent).append(l).append('\n');
        }
    }

    void blank() {
        out.append('\n');
    }

    void open(String s) {
        line(s + " {");
        depth++;
    }

    void close() {
        depth--;
        line("}");
    }

    /** Writes a line one level out, at the depth of the line that will close the current block. */
    void outdented(String s) {
        depth--;
        line(s);
        depth++;
    }

    /** Closes a block with text after the brace, as in <code>});</code>. */
    void closeWith(String suffix) {
        depth--;
        line("}" + suffix);
    }

    /** Closes a block and opens the next on the same line, as in {@code } else {}. */
    void reopen(String s) {
        depth--;
        line("} " + s + " {");
        depth++;
    }

    void append(JavaWriter other) {
        String text = other.out.toString();
        if (text.isEmpty()) {
            return;
        }
        for (String l : text.substring(0, text.length() - 1).split("\n", -1)) {
            out.append(l.isEmpty() ? "" : "    ".repeat(depth)).append(l).append('\n');
        }
    }

    int depth() {
        return depth;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

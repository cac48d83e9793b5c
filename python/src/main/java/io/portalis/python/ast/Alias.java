package io.portalis.python.ast;

/** An imported name {@code name as asname}; {@code asname} is null when absent. */
public record Alias(String name, String asname, int lineno, int colOffset, int endLineno, int endColOffset)
        implements Located {
    /** @return {@code "alias"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "alias";
    }
}

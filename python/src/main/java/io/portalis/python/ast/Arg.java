package io.portalis.python.ast;

/** One parameter: its name and annotation (null when absent); type comments are not read. */
public record Arg(String arg, Expr annotation, String typeComment, int lineno, int colOffset, int endLineno,
        int endColOffset) implements Located {
    /** @return {@code "arg"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "arg";
    }
}

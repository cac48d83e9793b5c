package io.portalis.python.ast;

/** A keyword argument {@code arg=value} of a call or class, or {@code **value} when {@code arg} is null. */
public record Keyword(String arg, Expr value, int lineno, int colOffset, int endLineno, int endColOffset)
        implements Located {
    /** @return {@code "keyword"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "keyword";
    }
}

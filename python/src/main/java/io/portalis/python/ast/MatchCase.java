package io.portalis.python.ast;

import java.util.List;

/** {@code case pattern if guard: body}; {@code guard} is null when absent. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node {
    /** @return {@code "match_case"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "match_case";
    }
}

package io.portalis.python.ast;

import java.util.List;

/** One {@code for target in iter if ...} clause of a comprehension; {@code isAsync} is 1 for {@code async for}. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) implements Node {
    /** @return {@code "comprehension"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "comprehension";
    }
}

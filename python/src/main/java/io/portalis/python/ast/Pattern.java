package io.portalis.python.ast;

import java.util.List;

/** A pattern of a {@code match} statement's {@code case}: the {@code ast.pattern} kinds. */
public sealed interface Pattern extends Located {

    /** A value pattern: a literal or a dotted name compared with {@code ==}. */
    record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}. */
    record MatchSingleton(ConstantValue value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code [p1, p2, *rest]}. */
    record MatchSequence(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code {k: p, **rest}}; {@code rest} is null when absent. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code Cls(p1, attr=p2)}. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Pattern {
    }

    /** {@code *name} in a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code pattern as name}, a capture ({@code pattern} null) or the wildcard {@code _} (both null). */
    record MatchAs(Pattern pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code p1 | p2}. */
    record MatchOr(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }
}

package io.portalis.python.ast;

/**
 * An expression: the {@code ast.expr} kinds. (Inside this file {@code java.util.List} is spelled out, as
 * {@link Expr.List} is the list display.)
 */
public sealed interface Expr extends Located {

    /** {@code a and b and c}: one node for the whole chain. */
    record BoolOp(BoolOperator op, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code target := value}. */
    record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code left op right}. */
    record BinOp(Expr left, Operator op, Expr right, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code op operand}. */
    record UnaryOp(UnaryOperator op, Expr operand, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code lambda args: body}. */
    record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code body if test else orelse}. */
    record IfExp(Expr test, Expr body, Expr orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code {k: v, **d}}: a null key stands for a {@code **} unpacking of its value. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code {a, b}}. */
    record Set(java.util.List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code [elt for ...]}. */
    record ListComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code {elt for ...}}. */
    record SetComp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code {key: value for ...}}. */
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code (elt for ...)}. */
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code await value}. */
    record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code yield value}; {@code value} is null for a bare {@code yield}. */
    record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code yield from value}. */
    record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code left op1 c1 op2 c2 ...}: one node for a chain of comparisons. */
    record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    /** {@code func(args, keywords)}. */
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /**
     * A replacement field of an f-string: {@code conversion} is -1, or the code point of {@code s}, {@code r} or
     * {@code a}; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** An f-string: its literal parts ({@link Constant}) and replacement fields ({@link FormattedValue}). */
    record JoinedStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A literal; {@code kind} is {@code "u"} for a string with a {@code u} prefix, else null. */
    record Constant(ConstantValue value, String kind, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code value.attr}. */
    record Attribute(Expr value, String attr, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code value[slice]}. */
    record Subscript(Expr value, Expr slice, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code *value}. */
    record Starred(Expr value, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A name. */
    record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code [a, b]}. */
    record List(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code (a, b)} or {@code a, b}. */
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }
}

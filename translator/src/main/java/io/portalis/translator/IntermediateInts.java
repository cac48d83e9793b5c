package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.UnaryOperator;

/**
 * Typed int expressions whose intermediate values may pass 64 bits while their result does not: a modular product
 * ({@code p * c % m}), a scaled quotient ({@code a * b // c}), a high word ({@code (a * b) >> 64}) or a comparison
 * of products ({@code x * x + y * y <= r2}). CPython computes the intermediate big int and goes on; the typed path
 * would stop with its overflow error. Such an expression is emitted twice: the checked {@code long} version, and,
 * when its checked arithmetic overflows, the exact dynamic version, whose result goes back to the typed path
 * ({@code Ints.exact}) when it fits. Only arithmetic on names and literals qualifies, so evaluating it again after
 * the overflow reads the same values and has no effect of its own, and only as the whole value of a statement (a
 * typed local's assignment, a return, a condition): inside a larger expression, {@code (p * c % m) + 1}, the typed
 * path still stops at the overflow.
 */
final class IntermediateInts {
    private IntermediateInts() {
    }

    /**
     * Whether an int expression reduces a computed intermediate value: {@code %}, {@code //}, {@code >>} or
     * {@code &} with an operand that is itself arithmetic, all on names and literals.
     *
     * @param b the typed int expression
     * @return whether its overflow may be an intermediate one
     */
    static boolean reduces(Expr.BinOp b) {
        return switch (b.op()) {
            case MOD, FLOOR_DIV, R_SHIFT, BIT_AND -> (computed(b.left()) || computed(b.right())) && plain(b);
            default -> false;
        };
    }

    /**
     * Whether a one-operator comparison compares a computed value, all on names and literals.
     *
     * @param c the comparison
     * @return whether its operands' overflow may be an intermediate one
     */
    static boolean compares(Expr.Compare c) {
        return c.ops().size() == 1 && (computed(c.left()) || computed(c.comparators().get(0))) && plain(c.left())
                && plain(c.comparators().get(0));
    }

    /**
     * The typed version, and the exact dynamic one should the typed version overflow.
     *
     * @param typed the checked typed version
     * @param exact the dynamic version's value as the typed type ({@code Ints.exact(...)} or a comparison)
     * @param overflow a fresh name for the caught error
     * @return a Java expression
     */
    static String orExact(String typed, String exact, String overflow) {
        return "switch (0) { default -> { try { yield " + typed + "; } catch (OverflowError " + overflow
                + ") { yield " + exact + "; } } }";
    }

    /** Whether an expression computes with an operator whose typed version may overflow. */
    private static boolean computed(Expr e) {
        return switch (e) {
            case Expr.BinOp b -> b.op() != Operator.BIT_AND && b.op() != Operator.BIT_OR && b.op() != Operator.BIT_XOR
                    || computed(b.left()) || computed(b.right());
            case Expr.UnaryOp u -> u.op() == UnaryOperator.U_SUB || computed(u.operand());
            default -> false;
        };
    }

    /** Whether an expression is arithmetic on names and literals alone. */
    private static boolean plain(Expr e) {
        return switch (e) {
            case Expr.Name n -> true;
            case Expr.Constant k -> true;
            case Expr.BinOp b -> plain(b.left()) && plain(b.right());
            case Expr.UnaryOp u -> u.op() != UnaryOperator.NOT && plain(u.operand());
            default -> false;
        };
    }
}

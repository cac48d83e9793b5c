package io.portalis.translator;

import io.portalis.python.ast.Expr;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides which dynamic versions of speculated assignments become methods of their own. A speculated local's
 * statement is emitted twice, typed and dynamic; the dynamic version of a large expression ({@code n = up[c - 1] +
 * up[c] + ... + down[c + 1]}) runs only when a value does not have its hinted class, yet it makes up most of the
 * bytecode of the loop that holds it. The JIT compiles a method later and longer the larger it is, so the dynamic
 * version goes to a static method that the hot method only calls: same code, same order of evaluation, same
 * exceptions.
 *
 * <p>Only expressions made of names, constants, operators, subscripts and attribute reads qualify: they neither
 * assign (no walrus) nor open a scope nor reach the frame ({@code locals()}, {@code super()}), so the method needs
 * nothing but the values of the locals they read, which it takes as arguments.
 */
final class ColdPaths {
    /** Operations below which the dynamic version stays inline: a call would cost as much as it saves. */
    private static final int MIN_OPERATIONS = 6;

    private ColdPaths() {
    }

    /**
     * The names an expression reads, in order of first mention, when its dynamic version is worth a method of its
     * own; null when it stays inline (too small, or holding anything but names, constants, operators, subscripts
     * and attribute reads).
     *
     * @param e the assigned value
     * @return the names read, or null
     */
    static Set<String> reads(Expr e) {
        Set<String> names = new LinkedHashSet<>();
        int operations = operations(e, names);
        return operations >= MIN_OPERATIONS ? names : null;
    }

    /** The operations of an expression, adding the names it reads; -1 when it does not qualify. */
    private static int operations(Expr e, Set<String> names) {
        return switch (e) {
            case Expr.Name n -> {
                names.add(n.id());
                yield 0;
            }
            case Expr.Constant c -> 0;
            case Expr.BinOp b -> plusOne(operations(b.left(), names), operations(b.right(), names));
            case Expr.UnaryOp u -> plusOne(operations(u.operand(), names), 0);
            case Expr.Subscript s when !(s.slice() instanceof Expr.Slice) ->
                    plusOne(operations(s.value(), names), operations(s.slice(), names));
            case Expr.Attribute a -> plusOne(operations(a.value(), names), 0);
            default -> -1;
        };
    }

    private static int plusOne(int a, int b) {
        return a < 0 || b < 0 ? -1 : a + b + 1;
    }
}

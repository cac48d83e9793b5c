package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.Stmt;
import io.portalis.python.ast.UnaryOperator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Powers of floats that are floats whatever the values: {@code x ** y} is a complex number only for a negative
 * finite {@code x} and a fractional {@code y}, so it is a float when the exponent is an int, or when the base is
 * never negative ({@code (dx * dx + dy * dy) ** 0.5}, {@code d2 ** -1.5} with every assignment of {@code d2} a sum
 * of squares). The typed path computes such a power with {@code Floats.pow}, which raises CPython's errors
 * ({@code 0.0 ** -1.5}, an overflow).
 *
 * <p>An expression is never negative (or is NaN) when it is a non-negative literal, a square ({@code x * x} of one
 * name, {@code x ** 2}), {@code abs(...)}, a sum, product or quotient of such values, a remainder by one, or a local
 * of the function whose every assignment is one. The types of the operands are not looked at here: the rule applies
 * only to a power whose base the inference types as a float or an int, which makes every operand of the base real.
 */
final class RealPowers {
    /** Per function scope, its locals that are never negative. */
    private final Map<Scope, Set<String>> locals = new IdentityHashMap<>();
    /** Whether a name is the built-in function of that name in a scope. */
    private final BiPredicate<String, Scope> builtin;

    /**
     * Creates the analysis of one module.
     *
     * @param builtin whether a name is the built-in function of that name in a scope ({@code abs} not shadowed)
     */
    RealPowers(BiPredicate<String, Scope> builtin) {
        this.builtin = builtin;
    }

    /**
     * Whether {@code base ** exponent} with these static types is a float whatever the values.
     *
     * @param b the power
     * @param l the base's static type
     * @param r the exponent's static type
     * @param s the scope it is in
     * @param exact whether a local holds a value of its static type on every path: a speculated local does not
     *     (its primitive may hold what a dynamic operation returned), so it is never taken as never negative
     * @return true when the typed path may compute it with {@code Floats.pow}
     */
    boolean isFloat(Expr.BinOp b, char l, char r, Scope s, Predicate<String> exact) {
        if (b.op() != Operator.POW) {
            return false;
        }
        boolean realBase = l == 'D' || l == 'L' || l == 'B';
        boolean intExponent = r == 'L' || r == 'B';
        // an int to an int power is an int or a float depending on the exponent's sign
        if (l == 'D' && intExponent) {
            return true;
        }
        if (!realBase || r != 'D') {
            return false;
        }
        Set<String> known = new HashSet<>(localsOf(s));
        known.removeIf(n -> !exact.test(n));
        return nonNegative(b.left(), s, known);
    }

    private boolean nonNegative(Expr e, Scope s, Set<String> known) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof ConstantValue.IntValue i ? i.value().signum() >= 0
                    : c.value() instanceof ConstantValue.FloatValue f && !(f.value() < 0);
            case Expr.Name n -> known.contains(n.id()) && s.resolve(n.id()) == Scope.Binding.LOCAL;
            case Expr.UnaryOp u -> u.op() == UnaryOperator.U_ADD && nonNegative(u.operand(), s, known);
            case Expr.IfExp i -> nonNegative(i.body(), s, known) && nonNegative(i.orelse(), s, known);
            case Expr.Call c -> c.func() instanceof Expr.Name f && f.id().equals("abs") && c.args().size() == 1
                    && c.keywords().isEmpty() && !(c.args().get(0) instanceof Expr.Starred) && builtin.test("abs", s);
            case Expr.BinOp b -> switch (b.op()) {
                case ADD, DIV, FLOOR_DIV -> nonNegative(b.left(), s, known) && nonNegative(b.right(), s, known);
                case MULT -> b.left() instanceof Expr.Name x && b.right() instanceof Expr.Name y
                        && x.id().equals(y.id())
                        || nonNegative(b.left(), s, known) && nonNegative(b.right(), s, known);
                // Python's remainder takes the divisor's sign
                case MOD -> nonNegative(b.right(), s, known);
                case POW -> evenLiteral(b.right()) || nonNegative(b.left(), s, known);
                default -> false;
            };
            default -> false;
        };
    }

    private static boolean evenLiteral(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i && !i.value().testBit(0);
    }

    /**
     * The locals of a function that are never negative: assigned only by plain assignments ({@code x = e},
     * {@code x: float = e}, {@code x += e}, {@code x *= e}) of never-negative values, found by removing the locals
     * that fail until none does.
     */
    private Set<String> localsOf(Scope s) {
        Set<String> known = locals.get(s);
        if (known != null) {
            return known;
        }
        Map<String, List<Expr>> values = new HashMap<>();
        Set<String> other = new HashSet<>();
        if (s.node instanceof Stmt.FunctionDef f) {
            f.body().forEach(st -> assignments(st, values, other));
            s.params.forEach(other::add);
        }
        known = new HashSet<>(values.keySet());
        known.removeAll(other);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String n : Set.copyOf(known)) {
                for (Expr v : values.get(n)) {
                    if (!nonNegative(v, s, known)) {
                        known.remove(n);
                        changed = true;
                        break;
                    }
                }
            }
        }
        locals.put(s, known);
        return known;
    }

    /** Collects the values assigned to names, and the names bound any other way (loops, unpacking, imports...). */
    private static void assignments(Object node, Map<String, List<Expr>> values, Set<String> other) {
        switch (node) {
            case Stmt.FunctionDef f -> {
                other.add(f.name());
                return;
            }
            case Stmt.AsyncFunctionDef f -> {
                other.add(f.name());
                return;
            }
            case Stmt.ClassDef c -> {
                other.add(c.name());
                return;
            }
            case Expr.Lambda l -> {
                return;
            }
            case Stmt.Assign a when a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n ->
                values.computeIfAbsent(n.id(), k -> new java.util.ArrayList<>()).add(a.value());
            case Stmt.AnnAssign a when a.target() instanceof Expr.Name n && a.value() != null ->
                values.computeIfAbsent(n.id(), k -> new java.util.ArrayList<>()).add(a.value());
            case Stmt.AugAssign a when a.target() instanceof Expr.Name n -> {
                if (a.op() == Operator.ADD || a.op() == Operator.MULT || a.op() == Operator.DIV) {
                    // x += e is never negative when x and e never are
                    values.computeIfAbsent(n.id(), k -> new java.util.ArrayList<>()).add(a.value());
                } else {
                    other.add(n.id());
                }
            }
            case Expr.Name n when n.ctx() != io.portalis.python.ast.ExprContext.LOAD -> other.add(n.id());
            default -> {
            }
        }
        if (node instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name) {
            // the target is recorded above; only the value may bind more (a walrus)
            Definite.walk(a.value(), x -> assignments(x, values, other));
            return;
        }
        if (node instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name) {
            if (a.value() != null) {
                Definite.walk(a.value(), x -> assignments(x, values, other));
            }
            return;
        }
        if (node instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name) {
            Definite.walk(a.value(), x -> assignments(x, values, other));
            return;
        }
        Definite.walk(node, x -> assignments(x, values, other));
    }
}

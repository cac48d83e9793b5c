package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.Stmt;

/**
 * Recognizes the counting statement {@code d[k] = d.get(k, dflt) + n}, which {@code DictCalls.addGet} (or
 * {@code addGetLong}) runs with one search of a plain dict instead of a {@code get}, an addition and a store.
 *
 * <p>Only statements whose parts no step of the statement can change are recognized: the dict and the key are
 * the same plain local on both sides (or the key the same literal), and the default and the addend are literals
 * or plain locals. Nothing the statement runs (a {@code get} or {@code __add__} of the program's own) can rebind
 * a plain local, so evaluating them once, before the call, reads the values CPython reads.
 */
final class DictUpdates {
    private DictUpdates() {
    }

    /**
     * The parts of a counting statement.
     *
     * @param dict the dict, a plain local
     * @param key the key
     * @param dflt the default of {@code get}
     * @param delta the addend
     */
    record Counting(Expr.Name dict, Expr key, Expr dflt, Expr delta) {
    }

    /**
     * The parts of {@code d[k] = d.get(k, dflt) + n}, or null when the statement is not one.
     *
     * @param a the assignment
     * @param scope its scope
     * @return the parts
     */
    static Counting counting(Stmt.Assign a, Scope scope) {
        if (a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Subscript t)
                || !(t.value() instanceof Expr.Name d) || !local(d, scope)
                || !(a.value() instanceof Expr.BinOp b) || b.op() != Operator.ADD
                || !(b.left() instanceof Expr.Call c) || !c.keywords().isEmpty() || c.args().size() != 2
                || !(c.func() instanceof Expr.Attribute m) || !m.attr().equals("get")
                || !(m.value() instanceof Expr.Name d2) || !d2.id().equals(d.id())) {
            return null;
        }
        Expr k = c.args().get(0);
        if (!sameValue(t.slice(), k, scope) || !fixed(c.args().get(1), scope) || !fixed(b.right(), scope)) {
            return null;
        }
        return new Counting(d, k, c.args().get(1), b.right());
    }

    /**
     * The parts of a counting statement on attributes, {@code o.d[p.k] = o.d.get(p.k, dflt) + n}, where the dict
     * (and the key, unless it is fixed) is an attribute of a plain local, or null when the statement is not one.
     * Such a statement may run the one search only when both attribute reads find plain instance attributes,
     * which run no Python code, so reading them once reads what CPython's two reads find.
     *
     * @param dict the dict's read in the {@code get} call
     * @param key the key: a fixed value, or an attribute of a plain local
     * @param dflt the default of {@code get}
     * @param delta the addend
     */
    record Peeked(Expr.Attribute dict, Expr key, Expr dflt, Expr delta) {
    }

    /**
     * The parts of {@code o.d[k] = o.d.get(k, dflt) + n} with attribute reads (see {@link Peeked}), or null.
     *
     * @param a the assignment
     * @param scope its scope
     * @return the parts
     */
    static Peeked peeked(Stmt.Assign a, Scope scope) {
        if (a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Subscript t)
                || !(t.value() instanceof Expr.Attribute d) || !localAttr(d, scope)
                || !(a.value() instanceof Expr.BinOp b) || b.op() != Operator.ADD
                || !(b.left() instanceof Expr.Call c) || !c.keywords().isEmpty() || c.args().size() != 2
                || !(c.func() instanceof Expr.Attribute m) || !m.attr().equals("get")
                || !(m.value() instanceof Expr.Attribute d2) || !sameAttr(d, d2)) {
            return null;
        }
        Expr k = c.args().get(0);
        boolean key = k instanceof Expr.Attribute ka && t.slice() instanceof Expr.Attribute kt
                && localAttr(ka, scope) && sameAttr(ka, kt) || fixed(k, scope) && sameValue(t.slice(), k, scope);
        if (!key || !fixed(c.args().get(1), scope) || !fixed(b.right(), scope)) {
            return null;
        }
        return new Peeked(d2, k, c.args().get(1), b.right());
    }

    private static boolean localAttr(Expr.Attribute a, Scope scope) {
        return a.value() instanceof Expr.Name n && local(n, scope);
    }

    private static boolean sameAttr(Expr.Attribute a, Expr.Attribute b) {
        return a.attr().equals(b.attr()) && a.value() instanceof Expr.Name x && b.value() instanceof Expr.Name y
                && x.id().equals(y.id());
    }

    private static boolean local(Expr.Name n, Scope scope) {
        return scope.resolve(n.id()) == Scope.Binding.LOCAL;
    }

    /** A literal or a plain local: a value that nothing can change while the statement runs. */
    private static boolean fixed(Expr e, Scope scope) {
        return e instanceof Expr.Constant || e instanceof Expr.Name n && local(n, scope);
    }

    /** Whether two fixed expressions denote the same value: the same local, or equal literals. */
    private static boolean sameValue(Expr a, Expr b, Scope scope) {
        if (a instanceof Expr.Name x && b instanceof Expr.Name y) {
            return x.id().equals(y.id()) && local(x, scope);
        }
        return a instanceof Expr.Constant x && b instanceof Expr.Constant y && x.value().equals(y.value());
    }
}

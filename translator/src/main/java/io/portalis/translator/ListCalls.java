package io.portalis.translator;

import io.portalis.python.ast.Expr;

/**
 * Which calls of a list method on a local ({@code perm1.pop(0)}, {@code perm1.insert(r, x)}) may call pylib's
 * {@code PyList} method directly when the local holds a list at run time, instead of finding the method by name.
 *
 * <p>Looking a method up on a list runs no Python code (a list's class cannot be changed or subclassed here), so
 * testing the receiver's class first and then evaluating the arguments does what Python's lookup-then-arguments
 * order does: the method called is the one of the list the name held before the arguments ran. A receiver that is
 * not a list, keyword or starred arguments, and an index that is not a typed int take the method call site.
 */
final class ListCalls {
    private ListCalls() {
    }

    /**
     * Whether a call is {@code name.pop()} or {@code name.pop(i)} with plain positional arguments.
     *
     * @param c the call
     * @return whether the shape fits (the emitter still checks the receiver and the index's static type)
     */
    static boolean pop(Expr.Call c) {
        return method(c, "pop") && c.args().size() <= 1;
    }

    /**
     * Whether a call is {@code name.insert(i, x)} with plain positional arguments.
     *
     * @param c the call
     * @return whether the shape fits (the emitter still checks the receiver and the index's static type)
     */
    static boolean insert(Expr.Call c) {
        return method(c, "insert") && c.args().size() == 2;
    }

    /**
     * Whether a call is {@code name.insert(i, name.pop(j))} or {@code name.insert(i, name.pop())} on one local,
     * with indices that are names or int literals: moving an item within a list ({@code perm1.insert(r,
     * perm1.pop(0))}, a rotation), which a list does in one shift of the items between the two places instead of
     * two shifts of everything after them. Reading such indices runs no code, so reading {@code i} after the pop
     * instead of before it is unobservable.
     *
     * @param c the call
     * @return whether the shape fits (the emitter still checks the indices' static types)
     */
    static boolean moveItem(Expr.Call c) {
        return insert(c) && c.args().get(1) instanceof Expr.Call p && pop(p)
                && ((Expr.Attribute) p.func()).value() instanceof Expr.Name from
                && ((Expr.Attribute) c.func()).value() instanceof Expr.Name to && from.id().equals(to.id())
                && plainIndex(c.args().get(0)) && (p.args().isEmpty() || plainIndex(p.args().get(0)));
    }

    private static boolean plainIndex(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Constant
                || e instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant;
    }

    private static boolean method(Expr.Call c, String name) {
        return c.func() instanceof Expr.Attribute a && a.attr().equals(name) && a.value() instanceof Expr.Name
                && c.keywords().isEmpty() && c.args().stream().noneMatch(x -> x instanceof Expr.Starred);
    }
}

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

    private static boolean method(Expr.Call c, String name) {
        return c.func() instanceof Expr.Attribute a && a.attr().equals(name) && a.value() instanceof Expr.Name
                && c.keywords().isEmpty() && c.args().stream().noneMatch(x -> x instanceof Expr.Starred);
    }
}

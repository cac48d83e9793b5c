package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.ExprContext;
import io.portalis.python.ast.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the writes through an object's attribute dictionary ({@code o.__dict__[k] = v}, {@code del vars(o)[k]},
 * {@code o.__dict__.update(...)}). The dictionary translated code hands out is a copy of the attributes, so such a
 * write would silently change nothing: it is reported as unsupported instead.
 */
final class DictWrites {
    /** The dict methods that change the dict. */
    private static final Set<String> MUTATORS = Set.of("update", "pop", "popitem", "setdefault", "clear",
            "__setitem__", "__delitem__", "__ior__");

    private DictWrites() {
    }

    /**
     * The places in a module that write through an attribute dictionary.
     *
     * @param module the module's statements
     * @return the subscript targets and method calls that write, in source order
     */
    static List<Located> in(Object module) {
        List<Located> found = new ArrayList<>();
        scan(module, found);
        return found;
    }

    private static void scan(Object node, List<Located> found) {
        if (node instanceof Expr.Subscript s && s.ctx() != ExprContext.LOAD && attributeDict(s.value())) {
            found.add(s);
        } else if (node instanceof Expr.Call c && c.func() instanceof Expr.Attribute m
                && MUTATORS.contains(m.attr()) && attributeDict(m.value())) {
            found.add(c);
        }
        Definite.walk(node, x -> scan(x, found));
    }

    /** Whether {@code e} is {@code o.__dict__} or {@code vars(o)}. */
    private static boolean attributeDict(Expr e) {
        return e instanceof Expr.Attribute a && a.attr().equals("__dict__")
                || e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("vars")
                        && c.args().size() == 1 && c.keywords().isEmpty();
    }
}

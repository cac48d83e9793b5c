package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Stmt;
import java.util.Map;
import java.util.Set;

/**
 * The comprehensions that read the enclosing function's locals by value instead of through cells.
 *
 * <p>A list, set or dict comprehension runs to its end where it stands, and so does a generator expression that is the
 * argument of a built-in consuming it there ({@code sum(1 for p in primes if p <= bound)}, {@code "".join(...)}):
 * nothing of the enclosing function runs between the comprehension's creation and its last read of a captured name, so
 * a copy taken at its creation reads what the cell would. The enclosing function then keeps such names as plain (typed)
 * locals. A name stays a cell when any other inner scope captures it, when the comprehension rebinds it (a walrus), or
 * when the comprehension stands elsewhere than directly in a plain function's body. A copy of a name that may be
 * unbound still raises CPython's {@code NameError} for a free variable, when the comprehension reads it.
 */
final class ByValue {
    /** The built-ins that consume a generator expression passed to them before they return, without keeping it. */
    private static final Set<String> CONSUMERS = Set.of("sum", "any", "all", "min", "max", "list", "tuple", "set",
            "sorted", "frozenset", "dict");
    /** Built-ins that read or write a scope's names by their strings. */
    private static final Set<String> FRAME_NAMES = Set.of("dir", "locals", "vars", "eval", "exec", "globals");

    private ByValue() {
    }

    /**
     * Records a call's generator expression argument when the callee is named after a built-in that consumes it.
     *
     * @param c the call
     * @param consumed the generator expressions recorded so far, with the name of the built-in they are passed to
     *     (empty for a str literal's {@code join})
     */
    static void noteCall(Expr.Call c, Map<Node, String> consumed) {
        if (c.func() instanceof Expr.Name n && CONSUMERS.contains(n.id()) && c.args().size() == 1
                && c.args().get(0) instanceof Expr.GeneratorExp g
                && c.keywords().stream().allMatch(k -> k.arg() != null)) {
            consumed.put(g, n.id());
        }
        if (c.func() instanceof Expr.Attribute a && a.attr().equals("join") && a.value() instanceof Expr.Constant k
                && k.value() instanceof io.portalis.python.ast.ConstantValue.StrValue && c.args().size() == 1
                && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            // a str's join, which no program can replace
            consumed.put(g, "");
        }
    }

    /**
     * Whether a comprehension reads a free name by value.
     *
     * @param cs the comprehension's scope
     * @param n a name it uses
     * @param consumed the generator expressions passed to a consuming built-in's name (see {@link #noteCall})
     * @param module the module's scope
     * @return true when the enclosing function may keep {@code n} out of a cell for this comprehension
     */
    static boolean reads(Scope cs, String n, Map<Node, String> consumed, Scope module) {
        if (cs.kind != Scope.Kind.COMPREHENSION || cs.parent.kind != Scope.Kind.FUNCTION
                || !(cs.parent.node instanceof Stmt.FunctionDef) || cs.parent.generator
                || cs.nonlocals.contains(n) || cs.resolve(n) != Scope.Binding.FREE || cs.owner(n) != cs.parent) {
            return false;
        }
        if (cs.node instanceof Expr.GeneratorExp) {
            String consumer = consumed.get(cs.node);
            if (consumer == null || !consumer.isEmpty() && (cs.parent.resolve(consumer) != Scope.Binding.GLOBAL
                    || module.assigned.contains(consumer) || declaredGlobal(module, consumer))) {
                return false;
            }
        } else if (!(cs.node instanceof Expr.ListComp || cs.node instanceof Expr.SetComp
                || cs.node instanceof Expr.DictComp)) {
            return false;
        }
        boolean[] plain = {true};
        Definite.walk(cs.node, x -> check(x, plain));
        return plain[0];
    }

    private static void check(Object node, boolean[] plain) {
        if (node instanceof Expr.NamedExpr || node instanceof Expr.Name x && FRAME_NAMES.contains(x.id())) {
            plain[0] = false;
            return;
        }
        Definite.walk(node, y -> check(y, plain));
    }

    private static boolean declaredGlobal(Scope s, String n) {
        if (s.globals.contains(n)) {
            return true;
        }
        for (Scope c : s.children) {
            if (declaredGlobal(c, n)) {
                return true;
            }
        }
        return false;
    }
}

package io.portalis.translator;

import io.portalis.python.ast.CmpOperator;
import io.portalis.python.ast.Comprehension;
import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.ExprContext;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a module uses {@code globals()}: whether it calls it at all (then its dict writes through to the module's
 * globals, see {@code ModuleGlobals}), and which globals writes through it may rebind or unbind. A write to a
 * constant key ({@code globals()["name"] = v}) names one global; any other use that may write (a dynamic key,
 * {@code update}, keeping the dict in a variable) may rebind every global.
 */
final class GlobalsUse {
    private static final Set<String> READ_METHODS = Set.of("get", "keys", "items", "values", "copy",
            "__contains__", "__getitem__");
    private static final Set<String> READ_FUNCTIONS = Set.of("sorted", "list", "len", "set", "frozenset", "tuple",
            "dict", "print", "repr", "str", "iter", "enumerate", "bool", "any", "all", "min", "max");

    /** Whether the module calls {@code globals()}. */
    boolean called;
    /** Whether some write through {@code globals()} may rebind any global. */
    boolean writesAny;
    /** The globals that writes through {@code globals()} with a constant key rebind or unbind. */
    final Set<String> written = new HashSet<>();

    GlobalsUse(Mod.Module m) {
        visit(m.body(), null);
    }

    /** Whether writes through {@code globals()} may rebind global {@code name}. */
    boolean mayRebind(String name) {
        return writesAny || written.contains(name);
    }

    private void visit(Object node, Object parent) {
        if (node instanceof List<?> l) {
            l.forEach(x -> visit(x, parent));
            return;
        }
        if (node instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("globals")
                && c.args().isEmpty() && c.keywords().isEmpty()) {
            called = true;
            classify(c, parent);
        }
        Definite.walk(node, x -> visit(x, node));
    }

    private void classify(Expr.Call c, Object parent) {
        switch (parent) {
            case Expr.Subscript s when s.value() == c -> {
                if (s.ctx() == ExprContext.LOAD) {
                    return;
                }
                if (s.slice() instanceof Expr.Constant k && k.value() instanceof ConstantValue.StrValue key) {
                    written.add(key.value());
                } else {
                    writesAny = true;
                }
            }
            case Expr.Attribute a when a.value() == c -> writesAny |= !READ_METHODS.contains(a.attr());
            case Expr.Compare cmp when cmp.comparators().stream().anyMatch(x -> x == c) -> writesAny |= !cmp.ops().stream()
                    .allMatch(op -> op == CmpOperator.IN || op == CmpOperator.NOT_IN);
            case Expr.Call call when call.args().stream().anyMatch(x -> x == c) -> writesAny |= !(call.func() instanceof Expr.Name f
                    && READ_FUNCTIONS.contains(f.id()));
            case Stmt.For f when f.iter() == c -> {
            }
            case Comprehension g when g.iter() == c -> {
            }
            case null, default -> writesAny = true;
        }
    }
}

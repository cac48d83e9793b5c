package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Keyword;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.util.Set;

/**
 * Whether a program may give a class a rich comparison method ({@code __lt__} ... {@code __ne__}). Such a method may
 * return any value, and a comparison's value is what it returns; only without one is every comparison a bool.
 * Which class gets a method is not tracked, so the check is by name: a definition, name, attribute, keyword or
 * string spelled like one of the methods (which covers {@code __lt__ = ...} in a class body, {@code W.__lt__ = f},
 * {@code setattr(W, "__lt__", f)} and {@code type("W", (), {"__lt__": f})}), or a {@code setattr} whose name is
 * computed. The methods {@code dataclass} and {@code total_ordering} write return bools.
 */
final class ComparisonMethods {
    private static final Set<String> NAMES = Set.of("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__");

    private ComparisonMethods() {
    }

    /**
     * Scans a module.
     *
     * @param m the module
     * @return whether it may define a comparison method
     */
    static boolean found(Mod.Module m) {
        boolean[] found = {false};
        scan(m, found);
        return found[0];
    }

    private static void scan(Object node, boolean[] found) {
        if (found[0] || node == null) {
            return;
        }
        String name = switch (node) {
            case Stmt.FunctionDef f -> f.name();
            case Stmt.AsyncFunctionDef f -> f.name();
            case Expr.Name n -> n.id();
            case Expr.Attribute a -> a.attr();
            case Keyword k -> k.arg();
            case Expr.Constant c when c.value() instanceof ConstantValue.StrValue s -> s.value();
            default -> null;
        };
        if (name != null && NAMES.contains(name) || node instanceof Expr.Call c && c.func() instanceof Expr.Name f
                && f.id().equals("setattr") && c.args().size() >= 2 && !(c.args().get(1) instanceof Expr.Constant)) {
            found[0] = true;
            return;
        }
        Definite.walk(node, x -> scan(x, found));
    }
}

package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.ExprContext;
import io.portalis.python.ast.Mod;
import java.util.Set;

/**
 * Whether a program may replace a function or constant of {@code math}. Every import of {@code math} binds the same
 * module, so {@code m.pi = 3} through any alias ({@code import math as m} in a function) changes what {@code math.pi}
 * reads everywhere: the typed path, which reads {@code math.pi} and calls {@code math.sqrt} as Java constants and
 * methods, is then wrong. Which name holds the module is not tracked, so the check is by attribute name: an
 * assignment or deletion of an attribute named like one of the typed functions or constants, on any name but
 * {@code self} or {@code cls}, or a {@code setattr}/{@code delattr} call that may name one.
 */
final class MathPatches {
    private MathPatches() {
    }

    /**
     * Scans a module.
     *
     * @param m the module
     * @param names the attribute names the typed path reads from {@code math}
     * @return whether some statement may replace one of them
     */
    static boolean found(Mod.Module m, Set<String> names) {
        boolean[] found = {false};
        scan(m, names, found);
        return found[0];
    }

    private static void scan(Object node, Set<String> names, boolean[] found) {
        if (found[0]) {
            return;
        }
        if (node instanceof Expr.Attribute a && a.ctx() != ExprContext.LOAD && names.contains(a.attr())
                && !(a.value() instanceof Expr.Name n && (n.id().equals("self") || n.id().equals("cls")))) {
            found[0] = true;
            return;
        }
        if (node instanceof Expr.Call c && c.func() instanceof Expr.Name f
                && (f.id().equals("setattr") || f.id().equals("delattr")) && c.args().size() >= 2
                && !(c.args().get(1) instanceof Expr.Constant k && k.value() instanceof ConstantValue.StrValue s
                        && !names.contains(s.value()))) {
            found[0] = true;
            return;
        }
        Definite.walk(node, x -> scan(x, names, found));
    }
}

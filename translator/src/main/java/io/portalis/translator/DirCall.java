package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.util.List;

/**
 * Finds the {@code dir()} calls without arguments that list a function's own locals. Such a function keeps all
 * its locals untyped, so that each one records whether it is bound (the unbound marker) where the call runs.
 */
final class DirCall {
    private DirCall() {
    }

    /**
     * Whether a function body calls {@code dir()} without arguments in its own scope (not in a nested function,
     * class, lambda or comprehension).
     *
     * @param body the function's statements
     * @return whether it lists its locals
     */
    static boolean in(List<Stmt> body) {
        boolean[] found = new boolean[1];
        scan(body, found);
        return found[0];
    }

    private static void scan(Object node, boolean[] found) {
        if (found[0] || node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda || node instanceof Expr.ListComp
                || node instanceof Expr.SetComp || node instanceof Expr.DictComp
                || node instanceof Expr.GeneratorExp) {
            return;
        }
        if (node instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("dir")
                && c.args().isEmpty() && c.keywords().isEmpty()) {
            found[0] = true;
            return;
        }
        Definite.walk(node, x -> scan(x, found));
    }
}

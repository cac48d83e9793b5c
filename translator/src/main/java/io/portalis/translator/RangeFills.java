package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.util.Set;

/**
 * Recognises {@code for i in range(a, b, step): xs[i] = v}, a loop that only stores one value at each index of a
 * range ({@code is_prime[multiple] = False} in a sieve), which pylib's {@code PyList.fill} runs in one loop over the
 * list's storage when the list holds that kind of item and every index is in range; the loop runs as written
 * otherwise. The counter must be the loop's own variable (nothing reads it after the loop) and the value a constant
 * or a local other than the counter, so that nothing in the loop can run Python code or tell the two apart.
 */
final class RangeFills {
    private RangeFills() {
    }

    /**
     * The store a loop consists of, when it is such a fill.
     *
     * @param f the loop, over a three-argument {@code range}
     * @param scope the scope of the loop
     * @param confined the counters that are their loops' own variables
     * @return the assignment, or null
     */
    static Stmt.Assign store(Stmt.For f, Scope scope, Set<String> confined) {
        if (!(f.target() instanceof Expr.Name i && confined.contains(i.id()) && f.orelse().isEmpty()
                && f.body().size() == 1 && f.body().get(0) instanceof Stmt.Assign a && a.targets().size() == 1
                && a.targets().get(0) instanceof Expr.Subscript s && s.value() instanceof Expr.Name xs
                && s.slice() instanceof Expr.Name at && at.id().equals(i.id()) && !xs.id().equals(i.id()))) {
            return null;
        }
        boolean value = a.value() instanceof Expr.Constant
                || a.value() instanceof Expr.Name n && !n.id().equals(i.id())
                        && scope.resolve(n.id()) == Scope.Binding.LOCAL;
        return value ? a : null;
    }
}

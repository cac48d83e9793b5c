package io.portalis.translator;

import io.portalis.python.ast.Alias;
import io.portalis.python.ast.ExceptHandler;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reads of module globals cannot find the name unbound, so need no {@code NameError} check. A global is
 * surely bound once a top-level statement of the module that binds it unconditionally (assignment to the bare
 * name, {@code def}, {@code class}, {@code import}) has completed, provided nothing ever deletes it: if that
 * statement raised, the module would have stopped. Code in a function body can only run once some code has
 * called it, so when no top-level statement up to the binding one can call anything, every function body reads
 * the name bound. Writes through {@code globals()} may unbind any global they name ({@code del globals()[name]}).
 */
final class GlobalBindings {
    private final List<Stmt> body;
    private final Map<String, Integer> boundAt = new HashMap<>();
    /** The number of leading top-level statements that run no call, class body or decorator. */
    private final int callFree;
    /** Writes through {@code globals()}, which may unbind globals too. */
    private final GlobalsUse globalsUse;

    GlobalBindings(Mod.Module m, GlobalsUse globalsUse) {
        this.body = m.body();
        this.globalsUse = globalsUse;
        Set<String> unbindable = new HashSet<>(globalsUse.written);
        unbinds(body, unbindable);
        for (int i = 0; i < body.size(); i++) {
            Set<String> bound = new HashSet<>();
            bindings(body.get(i), bound);
            for (String n : bound) {
                if (!unbindable.contains(n)) {
                    boundAt.putIfAbsent(n, i);
                }
            }
        }
        int k = 0;
        while (k < body.size() && !runsCode(body.get(k))) {
            k++;
        }
        this.callFree = k;
    }

    /**
     * Whether a read of global {@code name} needs no check.
     *
     * @param name the global's name
     * @param top the index of the top-level statement whose code contains the read
     * @param inFunction whether the read is in a function body (rather than module or class-body code)
     */
    boolean surelyBound(String name, int top, boolean inFunction) {
        Integer b = boundAt.get(name);
        if (b == null || top < 0 || globalsUse.writesAny) {
            return false;
        }
        if (top > b) {
            return true;
        }
        if (!inFunction) {
            return false;
        }
        // a body of a plain def runs only after its def statement has completed
        if (top == b && body.get(top) instanceof Stmt.FunctionDef f && f.decoratorList().isEmpty()) {
            return true;
        }
        return b < callFree;
    }

    private static void bindings(Stmt s, Set<String> out) {
        switch (s) {
            case Stmt.Assign a -> a.targets().forEach(t -> targetNames(t, out));
            case Stmt.AnnAssign a when a.value() != null && a.target() instanceof Expr.Name n -> out.add(n.id());
            case Stmt.FunctionDef f -> out.add(f.name());
            case Stmt.ClassDef c -> out.add(c.name());
            case Stmt.Import i -> {
                for (Alias a : i.names()) {
                    out.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) {
                    if (!a.name().equals("*")) {
                        out.add(a.asname() != null ? a.asname() : a.name());
                    }
                }
            }
            default -> {
            }
        }
    }

    private static void targetNames(Expr t, Set<String> out) {
        switch (t) {
            case Expr.Name n -> out.add(n.id());
            case Expr.Tuple tu -> tu.elts().forEach(e -> targetNames(e, out));
            case Expr.List l -> l.elts().forEach(e -> targetNames(e, out));
            case Expr.Starred st -> targetNames(st.value(), out);
            default -> {
            }
        }
    }

    /** Names that some code may unbind: deleted ones and except-handler names, wherever they appear. */
    private static void unbinds(Object node, Set<String> out) {
        if (node instanceof Stmt.Delete d) {
            d.targets().forEach(t -> Definite.names(t, out));
        }
        if (node instanceof ExceptHandler h && h.name() != null) {
            out.add(h.name());
        }
        Definite.walk(node, x -> unbinds(x, out));
    }

    /** Whether running a top-level statement may run code other than built-in operations on literals. */
    private static boolean runsCode(Object node) {
        if (node instanceof Expr.Call || node instanceof Stmt.ClassDef) {
            return true;
        }
        if (node instanceof Stmt.FunctionDef f) {
            return !f.decoratorList().isEmpty() || runsCode(f.args()) || runsCode(f.returns());
        }
        if (node instanceof Expr.Lambda l) {
            return runsCode(l.args());
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= runsCode(x));
        return found[0];
    }
}

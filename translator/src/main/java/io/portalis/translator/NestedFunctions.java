package io.portalis.translator;

import io.portalis.python.ast.Arguments;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Mod;
import io.portalis.python.ast.Node;
import io.portalis.python.ast.Stmt;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nested functions the translator calls directly, and the calls that reach them.
 *
 * <p>A function defined inside another function is <em>direct</em> when its name provably holds it wherever a
 * direct call runs: the {@code def} is a statement of the enclosing function's own body (not inside a loop, branch,
 * {@code try} or {@code with}), undecorated, not a generator, with plain positional parameters and no defaults, and
 * that statement is the only binding of the name in the enclosing function (no other assignment, loop target,
 * import, {@code del}...) while no inner scope rebinds it with {@code nonlocal} or a walrus. Such a function still
 * exists as a value ({@code f.__name__}, passing it around); only the calls change.
 *
 * <p>A call {@code f(a, b)} with exactly the positional parameters, no keywords and no unpacking reaches the
 * function directly when {@code f} resolves to that binding and the call cannot run before the {@code def} has: it
 * is in the function's own body (recursion, at any depth of nesting), or in a statement of the enclosing body after
 * the {@code def} (at any depth of nesting). Anything else is an ordinary call.
 */
final class NestedFunctions {
    /**
     * A direct nested function.
     *
     * @param def its definition
     * @param owner the scope of the function that defines it
     */
    record Nested(Stmt.FunctionDef def, Scope owner) {
    }

    private final Map<Node, Scope> scopes;
    private final Map<Stmt.FunctionDef, Nested> defs = new IdentityHashMap<>();
    private final Map<Expr.Call, Stmt.FunctionDef> calls = new IdentityHashMap<>();

    /**
     * Finds the direct nested functions of a module and their direct calls.
     *
     * @param m the module
     * @param scopes the scopes {@link ScopeBuilder} found
     */
    NestedFunctions(Mod.Module m, Map<Node, Scope> scopes) {
        this.scopes = scopes;
        findFunctions(m.body());
    }

    /** The direct nested functions. */
    Collection<Nested> all() {
        return defs.values();
    }

    /**
     * The direct nested function a definition introduces, or null.
     *
     * @param f a function definition
     * @return its entry when it is direct
     */
    Nested nested(Stmt.FunctionDef f) {
        return defs.get(f);
    }

    /**
     * The direct nested function a call reaches, or null when it is an ordinary call.
     *
     * @param c a call
     * @return the function's definition
     */
    Stmt.FunctionDef target(Expr.Call c) {
        return calls.get(c);
    }

    private void findFunctions(Object node) {
        if (node instanceof Stmt.FunctionDef f && scopes.get(f) != null
                && scopes.get(f).kind == Scope.Kind.FUNCTION) {
            Scope fs = scopes.get(f);
            List<Stmt> body = f.body();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof Stmt.FunctionDef d && candidate(d, fs)) {
                    defs.put(d, new Nested(d, fs));
                    // recursion, at any depth inside the function itself
                    findCalls(d.body(), scopes.get(d), d, fs);
                    for (int j = i + 1; j < body.size(); j++) {
                        findCalls(body.get(j), fs, d, fs);
                    }
                }
            }
        }
        Definite.walk(node, this::findFunctions);
    }

    private boolean candidate(Stmt.FunctionDef d, Scope owner) {
        Scope ds = scopes.get(d);
        Arguments a = d.args();
        return d.decoratorList().isEmpty() && ds != null && !ds.generator && a.vararg() == null && a.kwarg() == null
                && a.kwonlyargs().isEmpty() && a.defaults().isEmpty() && owner.boundOnce(d.name())
                && !owner.globals.contains(d.name()) && !owner.nonlocals.contains(d.name())
                && !TypeInference.assignedInside(owner, d.name());
    }

    /** Records the calls of {@code d} in a node of scope {@code s} that resolve to {@code owner}'s binding. */
    private void findCalls(Object node, Scope s, Stmt.FunctionDef d, Scope owner) {
        Scope inner = node instanceof Node n ? scopes.get(n) : null;
        if (inner != null && inner != s) {
            // decorators, defaults, annotations and bases run in s, the body in the inner scope; a comprehension's
            // first iterable runs in s too, but resolving it in the comprehension only ever misses a direct call
            switch (node) {
                case Stmt.FunctionDef f -> {
                    findCalls(f.decoratorList(), s, d, owner);
                    findCalls(f.args(), s, d, owner);
                    if (f.returns() != null) {
                        findCalls(f.returns(), s, d, owner);
                    }
                    findCalls(f.body(), inner, d, owner);
                }
                case Stmt.ClassDef c -> {
                    findCalls(c.decoratorList(), s, d, owner);
                    findCalls(c.bases(), s, d, owner);
                    findCalls(c.keywords(), s, d, owner);
                    findCalls(c.body(), inner, d, owner);
                }
                case Stmt.AsyncFunctionDef f -> {
                    // a coroutine's body is not emitted where the function's Java locals are visible
                    findCalls(f.decoratorList(), s, d, owner);
                    findCalls(f.args(), s, d, owner);
                }
                case Expr.Lambda l -> {
                    findCalls(l.args(), s, d, owner);
                    findCalls(l.body(), inner, d, owner);
                }
                default -> Definite.walk(node, x -> findCalls(x, inner, d, owner));
            }
            return;
        }
        if (node instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals(d.name())
                && c.keywords().isEmpty() && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
                && c.args().size() == d.args().posonlyargs().size() + d.args().args().size()
                && resolvesTo(s, d.name(), owner)) {
            calls.put(c, d);
        }
        Definite.walk(node, x -> findCalls(x, s, d, owner));
    }

    private static boolean resolvesTo(Scope s, String name, Scope owner) {
        if (s == owner) {
            return s.resolve(name) == Scope.Binding.LOCAL || s.resolve(name) == Scope.Binding.CELL;
        }
        return s.resolve(name) == Scope.Binding.FREE && s.owner(name) == owner;
    }
}

package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.ExceptHandler;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.ExprContext;
import io.portalis.python.ast.Stmt;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which loop bodies of a function become methods of their own. A function that runs its whole computation
 * in one call (a simulation's {@code advance(bodies, dt, steps)}) is compiled by the JIT late, by on-stack
 * replacement inside that call, and recompiled whenever a rarely taken path is first taken; the body of its outer
 * loop, called once per iteration, is compiled early and whole, like any hot method.
 *
 * <p>A body qualifies when it runs loops itself and the method needs nothing but values: it reads locals that only
 * the code before it assigns (passed as arguments), and every local it assigns is its own (mentioned nowhere else
 * in the function and assigned before it is read in each iteration, so that no value flows from one iteration to
 * the next or out of the loop), or else carried: a local the body may read and assign, which the method takes and
 * returns, so that its value flows from one iteration to the next and out of the loop (an accumulator such as a
 * checksum) as it does inline. A body carries locals only when one of its loops runs a number of times that its
 * text does not fix (anything but a range of int literals), and only when no {@code try} or {@code with} of the function
 * encloses the loop: an exception leaves the method without returning them, and nothing in the function can then
 * read them. It must not leave its loop ({@code return}, or {@code break} and {@code continue}
 * of the loop itself), nor define functions or classes, nor touch a declaration or the frame
 * ({@code super()}, {@code locals()}, {@code dir()}, {@code vars()}), nor touch a cell, except to read one that the
 * function holds a typed copy of (a row length that a comprehension also reads) when the body creates no scope of
 * its own. Exceptions propagate through the call as they would through the loop.
 */
final class LoopBodies {
    /** Names that read the function's own frame or locals: a body using them stays inline. */
    private static final Set<String> FRAME_NAMES = Set.of("super", "locals", "dir", "vars", "eval", "exec");

    /** Whether a body being emitted is already an outlined one: the loops inside it stay inline in it. */
    boolean inside;

    /**
     * What an outlined body needs.
     *
     * @param params the function's locals the body reads and does not assign, in order of first mention
     * @param locals the locals the body assigns, all of them its own
     * @param carried the locals the body may read and assign whose values flow out of it, in order of first mention
     */
    record Plan(List<String> params, List<String> locals, List<String> carried) {
    }

    /**
     * The plan for outlining a loop's body, or null when it stays inline.
     *
     * @param loop the loop (its header stays where it is)
     * @param fs the scope of the function the loop is in
     * @param confined the function's range counters that their own loops declare
     * @param typed the function's typed locals: a cell among them that the body only reads is passed as the
     *     function's typed copy, when the body creates no inner scope that would read the cell itself
     * @return the plan, or null
     */
    Plan plan(Stmt.For loop, Scope fs, Set<String> confined, Set<String> typed) {
        if (inside || fs.kind != Scope.Kind.FUNCTION || fs.generator || !(fs.node instanceof Stmt.FunctionDef f)
                || !runsLoops(loop.body()) || !allowed(loop.body(), false)) {
            return null;
        }
        Set<String> mentioned = new LinkedHashSet<>();
        Definite.names(loop.body(), mentioned);
        Set<String> assigned = new HashSet<>();
        stores(loop.body(), assigned);
        Set<String> outside = new HashSet<>(fs.params);
        mentionsOutside(f.body(), loop.body(), outside);
        Set<String> params = new LinkedHashSet<>();
        Set<String> locals = new LinkedHashSet<>();
        Set<String> carried = new LinkedHashSet<>();
        boolean guarded = guarded(f.body(), loop);
        for (String n : mentioned) {
            if (FRAME_NAMES.contains(n)) {
                return null;
            }
            Scope.Binding b = fs.resolve(n);
            if (b == Scope.Binding.CELL && typed.contains(n) && !assigned.contains(n) && !innerScopes(loop.body())) {
                // the cell's typed copy holds its value: nothing in the body can change the cell
                params.add(n);
                continue;
            }
            if (b == Scope.Binding.CELL || b == Scope.Binding.FREE) {
                return null;
            }
            if (b != Scope.Binding.LOCAL) {
                continue;
            }
            if (!assigned.contains(n)) {
                params.add(n);
            } else if (confined.contains(n) || !outside.contains(n)) {
                locals.add(n);
            } else if (!guarded) {
                carried.add(n);
            } else {
                return null;
            }
        }
        if (!carried.isEmpty() && !runsOpenLoops(loop.body())) {
            // returning carried values costs an array and boxes per iteration: worth it only for a body whose
            // loops may run long, not for one that runs a few steps of range(5)
            return null;
        }
        Set<String> checked = new HashSet<>(locals);
        checked.removeAll(confined);
        if (block(loop.body(), new HashSet<>(), checked) == null) {
            return null;
        }
        return new Plan(List.copyOf(params), List.copyOf(locals), List.copyOf(carried));
    }

    /**
     * Whether a {@code try} or {@code with} statement of the function encloses the loop: its handlers, finally
     * clause or exit could read a carried local that an exception kept from being returned.
     */
    private static boolean guarded(Object node, Stmt.For loop) {
        if (node == loop || node instanceof Expr) {
            return false;
        }
        if (node instanceof Stmt.Try || node instanceof Stmt.With) {
            return contains(node, loop);
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= guarded(x, loop));
        return found[0];
    }

    /** Whether a node is or contains a statement. */
    private static boolean contains(Object node, Stmt s) {
        if (node == s) {
            return true;
        }
        if (node instanceof Expr) {
            return false;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= contains(x, s));
        return found[0];
    }

    /**
     * The cast that takes a carried value of a Java type back out of the array an outlined body returns.
     *
     * @param javaType the type of the local the value goes to
     * @return the cast, with a space after it, or nothing for {@code Object}
     */
    static String cast(String javaType) {
        return switch (javaType) {
            case "long" -> "(Long) ";
            case "double" -> "(Double) ";
            case "boolean" -> "(Boolean) ";
            case "Object" -> "";
            default -> "(" + javaType + ") ";
        };
    }

    /**
     * Whether statements run a loop whose number of steps is not written in them: a while loop, or a for loop over
     * anything but {@code range()} of int literals.
     */
    private static boolean runsOpenLoops(Object node) {
        if (node instanceof Stmt.While) {
            return true;
        }
        if (node instanceof Stmt.For f && !(f.iter() instanceof Expr.Call c && c.func() instanceof Expr.Name n
                && n.id().equals("range") && c.keywords().isEmpty()
                && c.args().stream().allMatch(a -> a instanceof Expr.Constant k && k.value() instanceof ConstantValue.IntValue))) {
            return true;
        }
        if (node instanceof Expr) {
            return false;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= runsOpenLoops(x));
        return found[0];
    }

    /** Whether a node creates a scope of its own (a lambda or a comprehension). */
    private static boolean innerScopes(Object node) {
        if (node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
                || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp) {
            return true;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= innerScopes(x));
        return found[0];
    }

    /** Whether statements run a loop of their own (not counting loops in functions they define). */
    private static boolean runsLoops(Object node) {
        if (node instanceof Stmt.For || node instanceof Stmt.While) {
            return true;
        }
        if (node instanceof Expr) {
            return false;
        }
        boolean[] found = {false};
        Definite.walk(node, x -> found[0] |= runsLoops(x));
        return found[0];
    }

    /**
     * Whether a node contains only what a separate method can run: no leaving the outlined loop, no definitions,
     * declarations, deletions, imports, walruses, pattern matching, {@code with}, generators or awaits.
     *
     * @param nested whether the node is inside a loop nested in the body, whose break and continue are its own
     */
    private static boolean allowed(Object node, boolean nested) {
        switch (node) {
            case Stmt.Return r -> {
                return false;
            }
            case Stmt.Break b -> {
                return nested;
            }
            case Stmt.Continue c -> {
                return nested;
            }
            case Stmt.FunctionDef d -> {
                return false;
            }
            case Stmt.AsyncFunctionDef d -> {
                return false;
            }
            case Stmt.ClassDef d -> {
                return false;
            }
            case Stmt.Global g -> {
                return false;
            }
            case Stmt.Nonlocal n -> {
                return false;
            }
            case Stmt.Delete d -> {
                return false;
            }
            case Stmt.Import i -> {
                return false;
            }
            case Stmt.ImportFrom i -> {
                return false;
            }
            case Stmt.Match m -> {
                return false;
            }
            case Stmt.With w -> {
                return false;
            }
            case Stmt.AsyncWith w -> {
                return false;
            }
            case Stmt.AsyncFor a -> {
                return false;
            }
            case Stmt.TryStar t -> {
                return false;
            }
            case Expr.NamedExpr n -> {
                return false;
            }
            case Expr.Yield y -> {
                return false;
            }
            case Expr.YieldFrom y -> {
                return false;
            }
            case Expr.Await a -> {
                return false;
            }
            case Stmt.For f -> {
                // the else clause runs at the outer level: a break there leaves the outlined loop
                return allowed(f.target(), nested) && allowed(f.iter(), nested) && allowed(f.body(), true)
                        && allowed(f.orelse(), nested);
            }
            case Stmt.While w -> {
                return allowed(w.test(), nested) && allowed(w.body(), true) && allowed(w.orelse(), nested);
            }
            default -> {
                boolean[] ok = {true};
                Definite.walk(node, x -> ok[0] &= allowed(x, nested));
                return ok[0];
            }
        }
    }

    /** The names a node stores to (assignment, loop and except targets). */
    private static void stores(Object node, Set<String> out) {
        if (node instanceof Expr.Name n && n.ctx() != ExprContext.LOAD) {
            out.add(n.id());
        }
        if (node instanceof ExceptHandler h && h.name() != null) {
            out.add(h.name());
        }
        Definite.walk(node, x -> stores(x, out));
    }

    /** The names mentioned in a function's statements outside one loop body. */
    private static void mentionsOutside(Object node, List<Stmt> body, Set<String> out) {
        if (node == body) {
            return;
        }
        switch (node) {
            case Expr.Name n -> out.add(n.id());
            case Stmt.FunctionDef d -> out.add(d.name());
            case Stmt.ClassDef c -> out.add(c.name());
            case ExceptHandler h when h.name() != null -> out.add(h.name());
            default -> {
            }
        }
        Definite.walk(node, x -> mentionsOutside(x, body, out));
    }

    /**
     * Checks that each of the {@code checked} names is assigned before it is read, along every path through the
     * statements from the body's start.
     *
     * @param assigned the checked names surely assigned on entry
     * @return the checked names surely assigned when the statements complete, or null when one may be read first
     */
    private static Set<String> block(List<Stmt> body, Set<String> assigned, Set<String> checked) {
        Set<String> d = assigned;
        for (Stmt s : body) {
            d = stmt(s, d, checked);
            if (d == null) {
                return null;
            }
        }
        return d;
    }

    private static Set<String> stmt(Stmt s, Set<String> d, Set<String> checked) {
        switch (s) {
            case Stmt.If i -> {
                if (!reads(i.test(), d, checked)) {
                    return null;
                }
                Set<String> a = block(i.body(), new HashSet<>(d), checked);
                Set<String> b = block(i.orelse(), new HashSet<>(d), checked);
                if (a == null || b == null) {
                    return null;
                }
                a.retainAll(b);
                return a;
            }
            case Stmt.For f -> {
                if (!reads(f.iter(), d, checked) || !reads(f.target(), d, checked)) {
                    return null;
                }
                Set<String> inBody = new HashSet<>(d);
                stores(f.target(), inBody);
                // the body may run no time, or stop anywhere: only what held before the loop holds after it
                return block(f.body(), inBody, checked) == null || block(f.orelse(), new HashSet<>(d), checked) == null
                        ? null : d;
            }
            case Stmt.While w -> {
                return !reads(w.test(), d, checked) || block(w.body(), new HashSet<>(d), checked) == null
                        || block(w.orelse(), new HashSet<>(d), checked) == null ? null : d;
            }
            case Stmt.Try t -> {
                Set<String> a = block(t.body(), new HashSet<>(d), checked);
                if (a == null || block(t.orelse(), a, checked) == null) {
                    return null;
                }
                for (ExceptHandler h : t.handlers()) {
                    Set<String> inHandler = new HashSet<>(d);
                    if (h.type() != null && !reads(h.type(), d, checked)) {
                        return null;
                    }
                    if (h.name() != null) {
                        inHandler.add(h.name());
                    }
                    if (block(h.body(), inHandler, checked) == null) {
                        return null;
                    }
                }
                // a handler may have run after any part of the body: only the finally clause surely runs
                return block(t.finalbody(), new HashSet<>(d), checked);
            }
            case Stmt.AugAssign a -> {
                if (!reads(a.value(), d, checked) || !reads(a.target(), d, checked)
                        || a.target() instanceof Expr.Name n && checked.contains(n.id()) && !d.contains(n.id())) {
                    return null;
                }
                return d;
            }
            default -> {
                // a simple statement reads what it reads before it binds its targets
                if (!reads(s, d, checked)) {
                    return null;
                }
                Set<String> after = new HashSet<>(d);
                stores(s, after);
                return after;
            }
        }
    }

    /** Whether every checked name a node reads is surely assigned. */
    private static boolean reads(Object node, Set<String> d, Set<String> checked) {
        if (node instanceof Expr.Name n && n.ctx() == ExprContext.LOAD && checked.contains(n.id())
                && !d.contains(n.id())) {
            return false;
        }
        boolean[] ok = {true};
        Definite.walk(node, x -> ok[0] &= ok[0] && reads(x, d, checked));
        return ok[0];
    }
}

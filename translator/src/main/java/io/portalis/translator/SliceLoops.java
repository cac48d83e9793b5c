package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loops over a slice, {@code for bit in row[start:start + 8]}, that read the list in place ({@code SliceWalk})
 * instead of walking a copy. CPython's loop walks a snapshot, so the walk is taken only when the body cannot change
 * the list before it is detached: the body assigns plain locals, tests, breaks and continues, and computes with
 * operators alone (no calls, subscripts, attributes, containers or comprehensions), so that it runs no Python code of
 * its own while the values it reads are inert (None, bools, ints, floats, strs). The emitted loop tests the item and
 * each local the body reads that is not typed before every iteration, and detaches the walk (copies the items left)
 * the first time one is anything else.
 */
final class SliceLoops {
    private SliceLoops() {
    }

    /**
     * The slice a loop walks in place, or null when the loop keeps its copy.
     *
     * @param f the loop
     * @param fs the scope it is in
     * @return the subscript {@code seq[lo:hi]}
     */
    static Expr.Subscript walked(Stmt.For f, Scope fs) {
        if (fs.generator || !(f.iter() instanceof Expr.Subscript s && s.slice() instanceof Expr.Slice sl
                && sl.step() == null && f.target() instanceof Expr.Name t && local(t.id(), fs))) {
            return null;
        }
        return reads(f.body(), fs) != null ? s : null;
    }

    /**
     * The locals the body of a walked loop reads, or null when it may run code that changes the list.
     *
     * @param body the loop's body
     * @param fs the scope it is in
     * @return the names, in order of first mention
     */
    static Set<String> reads(List<Stmt> body, Scope fs) {
        Set<String> out = new LinkedHashSet<>();
        return inert(body, fs, out) ? out : null;
    }

    private static boolean inert(List<Stmt> body, Scope fs, Set<String> reads) {
        for (Stmt st : body) {
            boolean ok = switch (st) {
                case Stmt.Assign a -> a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                        && local(n.id(), fs) && inert(a.value(), fs, reads);
                case Stmt.AugAssign a -> a.target() instanceof Expr.Name n && local(n.id(), fs)
                        && inert(a.target(), fs, reads) && inert(a.value(), fs, reads);
                case Stmt.If i -> inert(i.test(), fs, reads) && inert(i.body(), fs, reads)
                        && inert(i.orelse(), fs, reads);
                case Stmt.Pass p -> true;
                case Stmt.Break b -> true;
                case Stmt.Continue c -> true;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean inert(Expr e, Scope fs, Set<String> reads) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.Name n -> {
                if (!local(n.id(), fs)) {
                    yield false;
                }
                reads.add(n.id());
                yield true;
            }
            case Expr.BinOp b -> inert(b.left(), fs, reads) && inert(b.right(), fs, reads);
            case Expr.UnaryOp u -> inert(u.operand(), fs, reads);
            case Expr.BoolOp b -> b.values().stream().allMatch(x -> inert(x, fs, reads));
            case Expr.Compare c -> inert(c.left(), fs, reads)
                    && c.comparators().stream().allMatch(x -> inert(x, fs, reads));
            case Expr.IfExp i -> inert(i.test(), fs, reads) && inert(i.body(), fs, reads)
                    && inert(i.orelse(), fs, reads);
            default -> false;
        };
    }

    /** A plain local of the function: not a cell, a global or a free variable. */
    private static boolean local(String name, Scope fs) {
        return fs.kind == Scope.Kind.FUNCTION && fs.resolve(name) == Scope.Binding.LOCAL;
    }
}

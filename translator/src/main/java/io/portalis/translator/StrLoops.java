package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Loops whose items are provably strs: {@code for ch in s} over a typed str, and {@code for w in s.split()} (or
 * {@code rsplit}, {@code splitlines}, {@code partition}, {@code rpartition}) called directly on a typed str with the
 * argument types its direct form takes ({@link StrMethods}). Such a method builds a new list or tuple of strs that
 * only the loop can reach, so the loop variable is typed {@code str} and the str methods called on it are direct.
 *
 * <p>{@link TypeInference} types the loop's target with {@link #itemType} and the emitter writes the loop with
 * {@link #loop} under the same condition. A loop over {@code s.split(...)} takes the parts one at a time from
 * {@code Strs.Parts}, without the list: a str cannot change, and the list is not visible, so the parts are the
 * same; the loop body may still rebind {@code s}, which CPython evaluated once, as the header here does.
 */
final class StrLoops {
    private StrLoops() {
    }

    /** The str methods whose direct forms give a list or tuple of strs. */
    private static final Set<String> LISTING = Set.of("split", "rsplit", "splitlines", "partition", "rpartition");

    /**
     * Whether the items of a loop over this expression may be typed {@code str}: a name, a str literal, or a call
     * of one of the listing methods with positional arguments only. Anything else leaves the loop variable
     * dynamic, as it was.
     *
     * @param iter the loop's iterable
     * @return whether {@link #itemType} may find {@code S}
     */
    static boolean candidate(Expr iter) {
        return iter instanceof Expr.Name || iter instanceof Expr.Constant || listing(iter) != null;
    }

    /**
     * The static type of each item of a loop over {@code iter}.
     *
     * @param iter the iterable
     * @param typeOf the static type of an expression where the loop is
     * @return {@code S} when every item is a str, {@link TypeInference#UNKNOWN} while that depends on a type not
     *     known yet, {@code O} otherwise
     */
    static char itemType(Expr iter, Function<Expr, Character> typeOf) {
        Expr.Call c = listing(iter);
        if (c == null) {
            char t = typeOf.apply(iter);
            return t == 'S' || t == TypeInference.UNKNOWN ? t : 'O';
        }
        Expr.Attribute a = (Expr.Attribute) c.func();
        char recv = typeOf.apply(a.value());
        List<Character> args = new ArrayList<>();
        for (Expr x : c.args()) {
            args.add(typeOf.apply(x));
        }
        if (recv == TypeInference.UNKNOWN || recv == 'S' && args.contains(TypeInference.UNKNOWN)) {
            return TypeInference.UNKNOWN;
        }
        return recv == 'S' && StrMethods.isDirect(a.attr(), args) ? 'S' : 'O';
    }

    /** The call when the iterable is a listing method's call with positional arguments only, else null. */
    static Expr.Call listing(Expr iter) {
        return iter instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && LISTING.contains(a.attr())
                && c.keywords().isEmpty() && c.args().stream().noneMatch(x -> x instanceof Expr.Starred) ? c : null;
    }

    /**
     * The header of a loop over a listing call whose {@link #itemType} is {@code S}, assigning each item to the
     * Java local {@code item} (declared by the header or just inside it).
     *
     * @param c the call
     * @param codes the receiver's typed code and then the arguments', in Python's order of evaluation
     * @param types the arguments' static types
     * @param item the item's Java local
     * @param tmp a fresh Java name for the loop's state
     * @return the statement to write before the loop (may be empty) and the loop's header, and the first line
     *     inside it (may be empty)
     */
    static List<String> loop(Expr.Call c, List<String> codes, List<Character> types, String item, String tmp) {
        String name = ((Expr.Attribute) c.func()).attr();
        if (name.equals("split")) {
            // the parts one at a time, as the loop takes them
            return List.of("Strs.Parts " + tmp + " = Strs.parts(" + String.join(", ", codes) + ");",
                    "for (String " + item + "; (" + item + " = " + tmp + ".next()) != null; )", "");
        }
        String list = StrMethods.direct(name, codes.get(0), 'S', codes.subList(1, codes.size()), types);
        return List.of("", "for (Object " + tmp + " : " + list + ")", "String " + item + " = (String) " + tmp + ";");
    }

    /**
     * Whether a loop over a typed str may walk its code points as ints, without a str per character: the loop
     * variable is a plain local of the function {@code function} and every read of that name anywhere in the
     * function (nested scopes, the loop's {@code else} and the code after the loop included) is an argument of
     * {@code ord(...)} inside the loop's body. Then no code can see the variable's str value, before or after the
     * loop, and {@code ord} of it is the code point the loop just read. Reads through {@code locals()},
     * {@code vars()}, {@code dir()}, {@code eval} or {@code exec}, and a {@code del} of the name, count as reads.
     *
     * @param f the loop, its target a name
     * @param function the function node the loop is in
     * @return whether each {@code ord(name)} of the body may be the code point read by the loop
     */
    static boolean codePointsOnly(Stmt.For f, Object function) {
        if (!(f.target() instanceof Expr.Name t)) {
            return false;
        }
        int[] all = new int[1];
        int[] inBody = new int[1];
        int[] ords = new int[1];
        boolean[] introspects = new boolean[1];
        count(function, t.id(), all, introspects);
        count(f.body(), t.id(), inBody, introspects);
        countOrds(f.body(), t.id(), ords);
        return !introspects[0] && inBody[0] == ords[0] && all[0] == inBody[0] + 1;
    }

    /** The names that let code read a function's locals without naming them. */
    private static final Set<String> INTROSPECTING = Set.of("locals", "vars", "dir", "eval", "exec");

    private static void count(Object node, String name, int[] n, boolean[] introspects) {
        if (node instanceof Expr.Name x) {
            n[0] += x.id().equals(name) ? 1 : 0;
            introspects[0] |= INTROSPECTING.contains(x.id());
        }
        Definite.walk(node, c -> count(c, name, n, introspects));
    }

    private static void countOrds(Object node, String name, int[] n) {
        if (ordOf(node, name)) {
            n[0]++;
            return;
        }
        if (node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
                || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp
                || node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef) {
            // a nested scope's ord(name) is emitted in its own body, where the loop's code point is not
            return;
        }
        Definite.walk(node, c -> countOrds(c, name, n));
    }

    /** Whether {@code node} is {@code ord(name)} with one positional argument. */
    static boolean ordOf(Object node, String name) {
        return node instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("ord")
                && c.keywords().isEmpty() && c.args().size() == 1 && c.args().get(0) instanceof Expr.Name a
                && a.id().equals(name);
    }
}

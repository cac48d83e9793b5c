package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides how list reads and writes of translated code keep a list's unboxed items unboxed (see pylib's
 * {@code PyList} storage kinds): which method stores or appends a typed value, which item tests read in place, and
 * when {@code x[t] = x[s]} may move items within the list instead of building the source slice.
 */
final class ListEmission {
    private ListEmission() {
    }

    /**
     * The {@code PyList} method storing a value of a static type at an index.
     *
     * @param type the value's static type
     * @param exact whether the value's typed code is the value itself (no exact dynamic twin to use instead)
     * @return {@code setLong}, {@code setDouble}, {@code setBool} or {@code setItem}
     */
    static String typedStore(char type, boolean exact) {
        if (!exact) {
            return "setItem";
        }
        return switch (type) {
            case 'L' -> "setLong";
            case 'D' -> "setDouble";
            case 'B' -> "setBool";
            default -> "setItem";
        };
    }

    /**
     * The {@code PyList} method appending a value of a static type.
     *
     * @param type the value's static type
     * @param exact whether the value's typed code is the value itself
     * @return {@code addLong}, {@code addDouble} or {@code add}
     */
    static String typedAppend(char type, boolean exact) {
        if (!exact) {
            return "add";
        }
        return switch (type) {
            case 'L' -> "addLong";
            case 'D' -> "addDouble";
            default -> "add";
        };
    }

    /**
     * The int an augmented assignment of a list item adds, as Java code, when it is an int literal added or
     * subtracted ({@code count[r] -= 1}): then nothing but the item is read, and pylib may add it in place.
     *
     * @param op the operator
     * @param value the right-hand side
     * @return the Java literal to add, or null
     */
    static String longDelta(Operator op, Expr value) {
        java.math.BigInteger k = TypeInference.foldInt(value);
        if (k == null || k.bitLength() >= 32 || op != Operator.ADD && op != Operator.SUB) {
            return null;
        }
        return (op == Operator.SUB ? k.negate() : k) + "L";
    }

    /**
     * Whether a condition is an item of a named value at a simple index ({@code if row[c]:}), which pylib can test
     * in place when the name holds a list and the index is an int.
     *
     * @param e the condition
     * @return whether the item test applies (the emitter still checks the static types)
     */
    static boolean itemTest(Expr e) {
        return e instanceof Expr.Subscript s && s.value() instanceof Expr.Name && !(s.slice() instanceof Expr.Slice)
                && TypeInference.simpleIndex(s.slice());
    }

    /**
     * Whether {@code x[t] = x[s]} (two slices of the same local) can build its source later, in
     * {@code Lists.setSliceOfSelf}: nothing the target's bounds evaluate may run Python code or rebind {@code x}
     * once the source bounds are known to be ints or None. Each target bound is absent, an int, bool or None
     * constant, a typed local, a local the source uses as a whole bound (an int or None then), or arithmetic on
     * those; the source bounds rebind nothing ({@code :=}).
     *
     * @param target the assignment's target
     * @param value the assigned value
     * @param scope the scope of the assignment
     * @param types the typed locals of that scope
     * @return whether the pair applies
     */
    static boolean sliceOfSelf(Expr target, Expr value, Scope scope, Map<String, Character> types) {
        if (!(target instanceof Expr.Subscript t && t.slice() instanceof Expr.Slice ts
                && t.value() instanceof Expr.Name x && value instanceof Expr.Subscript v
                && v.slice() instanceof Expr.Slice vs && v.value() instanceof Expr.Name y && x.id().equals(y.id())
                && scope.resolve(x.id()) == Scope.Binding.LOCAL)) {
            return false;
        }
        List<String> wholeBounds = new ArrayList<>();
        for (Expr b : new Expr[] {vs.lower(), vs.upper(), vs.step()}) {
            if (b != null && rebinds(b)) {
                return false;
            }
            if (b instanceof Expr.Name n && scope.resolve(n.id()) == Scope.Binding.LOCAL) {
                wholeBounds.add(n.id());
            }
        }
        for (Expr b : new Expr[] {ts.lower(), ts.upper(), ts.step()}) {
            if (b != null && !quiet(b, scope, types, wholeBounds)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The target of a comprehension that walks one iterable into one local ({@code sum(1 for p in primes if p <=
     * bound)}, {@code [x for x in xs]}), which the comprehension speculates to be an int: a list's items are then
     * read without a box while they are ints, and tests and values on the target compute on a {@code long}. A
     * generator expression that outlives its call, a target that an inner scope captures, a range (typed already)
     * and a target hinted by its iterable's annotation (speculated on that hint) are left alone.
     *
     * @param gens the comprehension's generators
     * @param kind {@code list}, {@code set}, {@code dict}, {@code sum} or {@code gen}
     * @param cs the comprehension's scope
     * @param types its typed locals
     * @param hints the hinted names it speculates on
     * @return the target's name, or null
     */
    static String walkedTarget(List<io.portalis.python.ast.Comprehension> gens, String kind, Scope cs,
            Map<String, Character> types, Map<String, TypeInference.Hint> hints) {
        if (gens.size() != 1 || kind.equals("gen") || !(gens.get(0).target() instanceof Expr.Name t)) {
            return null;
        }
        String n = t.id();
        return cs.isLocal(n) && !cs.cells.contains(n) && !types.containsKey(n) && !hints.containsKey(n) ? n : null;
    }

    /**
     * The type a loop over a hinted list ({@code for p in primes}, {@code primes: list[int]}) speculates its target
     * to have: the emitter then reads the list's ints or floats into the target without a box while the list holds
     * them there ({@link #walkedRead}), and anything else stays in the target's box.
     *
     * @param iter the loop's iterable
     * @param hints the hinted names of the function
     * @return {@code L} or {@code D} for a name hinted as a list of ints or floats, {@code O} otherwise
     */
    static char hintedItems(Expr iter, Map<String, TypeInference.Hint> hints) {
        TypeInference.Hint h = iter instanceof Expr.Name n ? hints.get(n.id()) : null;
        return h != null && h.depth() == 1 && (h.leaf() == 'L' || h.leaf() == 'D') ? h.leaf() : 'O';
    }

    /**
     * The test and the read of an unboxed item of a list walked by index into a speculated local of type
     * {@code L} or {@code D}: {@code list.hasLongAt(k)} and {@code list.peekLong(k)}. The test fails for an index
     * past the end and for an item of any other class (a bool, a big int, a float among ints), which the loop then
     * reads as an object, so a list changed by the loop's body is read as CPython's list iterator reads it.
     *
     * @param type the local's type
     * @param list the Java name of the list, null when the iterable is not one
     * @param k the index
     * @return the test and the read
     */
    static List<String> walkedRead(char type, String list, String k) {
        String kind = type == 'D' ? "Double" : "Long";
        return List.of(list + " != null && " + list + ".has" + kind + "At(" + k + ")",
                list + ".peek" + kind + "(" + k + ")");
    }

    /**
     * The list of flags a comprehension collects the indices of, {@code [n for n in range(...) if flags[n]]}: one
     * {@code for} over a range into its typed target, one test that is an item of a named value at the target, and
     * the target itself as the item. pylib's {@code PyList.appendTruthyIndices} then collects them in one pass when
     * the name holds a list of primitives; reading the name first changes nothing, as the loop reads it at its
     * first test anyway (the emitter reads it only when the range is not empty).
     *
     * @param c the comprehension's only generator
     * @param elt the comprehension's item
     * @param types the comprehension's typed locals
     * @return the name of the flags, or null
     */
    static Expr.Name indexFilter(io.portalis.python.ast.Comprehension c, Expr elt, Map<String, Character> types) {
        if (c.target() instanceof Expr.Name t && types.get(t.id()) != null && elt instanceof Expr.Name e
                && e.id().equals(t.id()) && c.ifs().size() == 1 && c.ifs().get(0) instanceof Expr.Subscript s
                && s.value() instanceof Expr.Name flags && !flags.id().equals(t.id())
                && s.slice() instanceof Expr.Name at && at.id().equals(t.id())) {
            return flags;
        }
        return null;
    }

    /**
     * Whether a slice has no bounds at all ({@code x[:]}, {@code x[::]}): of a list, that is its copy.
     *
     * @param s the slice
     * @return whether start, stop and step are all absent
     */
    static boolean wholeCopy(Expr.Slice s) {
        return s.lower() == null && s.upper() == null && s.step() == null;
    }

    /**
     * Whether every bound of {@code x[t] = x[s]} is absent, an int constant, a local, or arithmetic on those: then,
     * when each has a typed int value, pylib takes them unboxed ({@code PyList.setSliceOfSelf(int, long...)}).
     *
     * @param target the assignment's target, where {@link #sliceOfSelf} holds
     * @param value the assigned value
     * @return whether the bounds may be emitted as typed ints
     */
    static boolean plainBounds(Expr.Subscript target, Expr.Subscript value) {
        Expr.Slice ts = (Expr.Slice) target.slice();
        Expr.Slice vs = (Expr.Slice) value.slice();
        for (Expr b : new Expr[] {ts.lower(), ts.upper(), ts.step(), vs.lower(), vs.upper(), vs.step()}) {
            if (b != null && !plain(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(Expr e) {
        return switch (e) {
            case Expr.Constant c -> TypeInference.foldInt(c) != null;
            case Expr.Name n -> true;
            case Expr.UnaryOp u -> u.op() == UnaryOperator.U_SUB && plain(u.operand());
            case Expr.BinOp b -> (b.op() == Operator.ADD || b.op() == Operator.SUB || b.op() == Operator.MULT)
                    && plain(b.left()) && plain(b.right());
            default -> false;
        };
    }

    /** Whether evaluating {@code e} runs no Python code when its names hold what {@link #sliceOfSelf} says. */
    private static boolean quiet(Expr e, Scope scope, Map<String, Character> types, List<String> wholeBounds) {
        return switch (e) {
            case Expr.Constant c -> TypeInference.foldInt(c) != null
                    || c.value() instanceof io.portalis.python.ast.ConstantValue.NoneValue;
            case Expr.Name n -> scope.resolve(n.id()) == Scope.Binding.LOCAL
                    && (types.containsKey(n.id()) || wholeBounds.contains(n.id()));
            case Expr.UnaryOp u -> (u.op() == UnaryOperator.U_SUB || u.op() == UnaryOperator.U_ADD)
                    && quiet(u.operand(), scope, types, wholeBounds);
            case Expr.BinOp b -> (b.op() == Operator.ADD || b.op() == Operator.SUB || b.op() == Operator.MULT
                    || b.op() == Operator.FLOOR_DIV || b.op() == Operator.MOD)
                    && quiet(b.left(), scope, types, wholeBounds) && quiet(b.right(), scope, types, wholeBounds);
            default -> false;
        };
    }

    /** Whether {@code e} contains an assignment expression. */
    private static boolean rebinds(Object node) {
        boolean[] found = {node instanceof Expr.NamedExpr};
        Definite.walk(node, x -> found[0] |= rebinds(x));
        return found[0];
    }

    /**
     * The item of a one-item list literal repeated by {@code *} ({@code [0] * n}, {@code n * [False]}), which pylib
     * builds at its final size without the one-item list; null for any other expression.
     *
     * @param b a binary operation
     * @return the repeated item, or null
     */
    static Expr repeatedItem(Expr.BinOp b) {
        if (b.op() != Operator.MULT) {
            return null;
        }
        Expr left = single(b.left());
        return left != null ? left : single(b.right());
    }

    /** The one item of a list literal {@code [x]} (not starred), or null. */
    static Expr single(Expr e) {
        return e instanceof Expr.List l && l.elts().size() == 1 && !(l.elts().get(0) instanceof Expr.Starred)
                ? l.elts().get(0) : null;
    }
}

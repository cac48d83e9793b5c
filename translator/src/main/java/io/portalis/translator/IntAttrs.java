package io.portalis.translator;

import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Operator;
import java.util.List;

/**
 * Int attributes on the typed version of a speculating statement. An instance keeps an int attribute that fits a
 * Java {@code long} unboxed (pylib's int slots), so the typed version reads it with {@code AttrSite.peekLong} into a
 * {@code long} temporary of the body and writes the result back with {@code AttrSite.setLong}: a counter such as
 * {@code self.runs += 1} then allocates no box. {@code peekLong} answers {@code AttrSite.NO_LONG} when the slot holds
 * anything else (a float, a big int, a str, a property, a layout the site has not cached), and the statement then
 * runs its dynamic version, which reads and writes through the site's exact {@code get} and {@code set}; a result
 * past 64 bits is computed again as a big int and stored with {@code set}.
 */
final class IntAttrs {
    private IntAttrs() {
    }

    /**
     * Adds to {@code tests} the unboxed read of an int attribute, which succeeds when the site found an int.
     *
     * @param site the attribute's read site
     * @param obj the Java local holding the instance
     * @param temp a fresh name for the int temporary, declared at the top of the body
     * @param ctx the body being emitted
     * @param tests the guard's tests, in evaluation order
     * @return the Java expression of the int, valid where every test of the guard has passed
     */
    static String peek(String site, String obj, String temp, Ctx ctx, List<String> tests) {
        ctx.body().longTemps.add(temp);
        tests.add("(" + temp + " = " + site + ".peekLong(" + obj + ")) != AttrSite.NO_LONG");
        return temp;
    }

    /**
     * The {@code long} that {@code obj.name += value} or {@code obj.name -= value} adds to an int attribute with
     * {@code AttrSite.addLong}, in one search of the site and without a box: the value is an int constant or a typed
     * int local, which evaluating before the attribute is read cannot tell apart from CPython's order.
     *
     * @param op the augmented operator
     * @param value the right operand
     * @param code its Java {@code long} expression, or null when it is not one
     * @return the Java expression of the addend, or null when {@code addLong} does not apply
     */
    static String addend(Operator op, Expr value, String code) {
        if (code == null) {
            return null;
        }
        if (op == Operator.ADD && (value instanceof Expr.Constant || value instanceof Expr.Name)) {
            return code;
        }
        // a constant is never negative (-1 is a unary minus): its negation fits
        return op == Operator.SUB && value instanceof Expr.Constant && !code.startsWith("-") ? "-" + code : null;
    }

    /** Declares the int temporaries of a body; each is assigned by its guard before the typed version reads it. */
    static void declareTemps(Ctx ctx, JavaWriter w) {
        for (String t : ctx.longTemps) {
            w.line("long " + t + " = 0L;");
        }
    }

    /**
     * Emits {@code obj.name = value} split in two: an int computed on the values peeked at, stored unboxed, or the
     * dynamic value and the site's exact store.
     *
     * @param site the attribute's site
     * @param obj the Java local holding the instance, evaluated once
     * @param guard the tests of the typed version
     * @param typed the {@code long} the typed version stores, which may throw {@code OverflowError} past 64 bits
     * @param again the value computed dynamically when {@code typed} overflows, or null when it cannot
     * @param fresh makes a fresh Java name from a stem
     * @param dynamic the value the dynamic version stores
     * @param store the start of the typed version's store at a layout's slot the guard tested
     *              ({@code InstanceLayout.setLong(o, 3, }), or null to store through the site
     * @param w where to emit
     */
    static void storeSplit(String site, String obj, String guard, String typed, String again,
            java.util.function.UnaryOperator<String> fresh, String dynamic, String store, JavaWriter w) {
        String typedStore = store != null ? store : site + ".setLong(" + obj + ", ";
        w.open("if (" + guard + ")");
        if (again == null) {
            w.line(typedStore + typed + ");");
        } else {
            // only the arithmetic is in the try: an OverflowError the store itself raises (a __setattr__) propagates
            String label = fresh.apply("store");
            String value = fresh.apply("v");
            w.open(label + ":");
            w.line("long " + value + ";");
            w.open("try");
            w.line(value + " = " + typed + ";");
            w.reopen("catch (OverflowError " + fresh.apply("overflow") + ")");
            w.line(site + ".set(" + obj + ", " + again + ");");
            w.line("break " + label + ";");
            w.close();
            w.line(typedStore + value + ");");
            w.close();
        }
        w.reopen("else");
        w.line(site + ".set(" + obj + ", " + dynamic + ");");
        w.close();
    }
}

package io.portalis.translator;

import java.util.List;

/**
 * Float attributes on the typed version of a speculating statement. An instance keeps a float attribute unboxed
 * (pylib's float slots), so the typed version reads it with {@code AttrSite.peekDouble} into a float temporary of the
 * body and writes it back with {@code AttrSite.setDouble}: no box between the instance and the arithmetic, whether
 * the JIT has compiled the code yet or not. {@code peekDouble} answers a NaN of reserved bits when the slot holds
 * anything else (an int, a str, a property, a layout the site has not cached), and the statement then runs its
 * dynamic version, which reads and writes through the site's exact {@code get} and {@code set}.
 */
final class FloatAttrs {
    private FloatAttrs() {
    }

    /**
     * Adds to {@code tests} the unboxed read of a float attribute, which succeeds when the site found a float.
     *
     * @param site the attribute's read site
     * @param obj the Java local holding the instance
     * @param temp a fresh name for the float temporary, declared at the top of the body
     * @param ctx the body being emitted
     * @param tests the guard's tests, in evaluation order
     * @return the Java expression of the float, valid where every test of the guard has passed
     */
    static String peek(String site, String obj, String temp, Ctx ctx, List<String> tests) {
        ctx.body().doubleTemps.add(temp);
        tests.add("!AttrSite.isNoDouble(" + temp + " = " + site + ".peekDouble(" + obj + "))");
        return temp;
    }

    /** Declares the float temporaries of a body; each is assigned by its guard before the typed version reads it. */
    static void declareTemps(Ctx ctx, JavaWriter w) {
        for (String t : ctx.doubleTemps) {
            w.line("double " + t + " = 0.0;");
        }
    }

    /**
     * Emits {@code obj.name op= value} split in two: a float computed on the values peeked at, stored unboxed, or
     * the in-place operator and the site's exact store.
     *
     * @param site the attribute's site
     * @param obj the Java local holding the instance, evaluated once
     * @param guard the tests of the typed version
     * @param typed the float the typed version stores
     * @param dynamic the value the dynamic version stores
     * @param store the start of the typed version's store at a layout's slot the guard tested
     *              ({@code InstanceLayout.setDouble(o, 3, }), or null to store through the site
     * @param w where to emit
     */
    static void storeSplit(String site, String obj, String guard, String typed, String dynamic, String store,
            JavaWriter w) {
        w.open("if (" + guard + ")");
        w.line((store != null ? store : site + ".setDouble(" + obj + ", ") + typed + ");");
        w.reopen("else");
        w.line(site + ".set(" + obj + ", " + dynamic + ");");
        w.close();
    }
}

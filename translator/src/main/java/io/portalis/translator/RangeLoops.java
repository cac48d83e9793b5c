package io.portalis.translator;

import io.portalis.python.ast.Expr;
import java.util.function.Function;

/**
 * How {@code for i in range(...)} runs when a bound is not a typed int, so that it may be past 64 bits at run time
 * ({@code range(n, n + 3)} with {@code n = 2**64}). The counting {@code long} loop runs while the bounds are
 * {@code Long}s (one and two arguments) or the range's values fit ({@code PyRange.fits}, three arguments); any other
 * range is iterated as pylib's {@code PyRange}, whose values are Python ints of any size.
 *
 * <p>A loop variable that is not a typed local takes those values as they are. A counter that is the loop's own
 * variable (nothing reads it after the loop) gets a second version of the body, in which it is dynamic; a typed
 * local or typed result computed from it there is checked back into its type ({@code PyRange.typedLong} and the
 * others), which holds for every float, bool and str such a computation makes and for every int that fits, and
 * otherwise stops with the typed path's {@code OverflowError}, as the typed version's arithmetic would. A typed
 * counter that outlives its loop keeps its {@code long} and takes the values that fit ({@code for i in
 * range(10**30)} until a {@code break}); the first that does not stops with that {@code OverflowError}.
 *
 * <p>A comprehension's first range is built where the comprehension stands, and its size picks one of two versions
 * of the whole comprehension; its later ranges count with a {@code long} only on typed bounds.
 */
final class RangeLoops {
    private RangeLoops() {
    }

    /**
     * Whether every argument of a {@code range} call is a typed int or bool, so that every value of the range fits
     * in 64 bits.
     *
     * @param range the call
     * @param types the static type of an expression where the call stands
     * @return whether a typed counter can take every value
     */
    static boolean typedBounds(Expr.Call range, Function<Expr, Character> types) {
        return range.args().stream().allMatch(x -> types.apply(x) == 'L' || types.apply(x) == 'B');
    }
}

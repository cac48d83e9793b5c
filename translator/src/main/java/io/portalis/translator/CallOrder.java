package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which method calls must look their method up before evaluating their arguments. CPython finds {@code obj.m}
 * first, so that {@code c.m(rebind())}, where {@code rebind()} replaces {@code C.m}, calls the old method; a
 * call whose arguments cannot run code (names, constants, lambdas, displays of those, arithmetic and comparisons
 * on number constants and on locals the translation holds in Java primitives) cannot tell the two orders apart
 * and keeps looking the method up with the call.
 */
final class CallOrder {
    private CallOrder() {
    }

    /**
     * Whether evaluating some argument of {@code c} may run code that the program can observe: a call, an
     * attribute read (a property), a subscript, an operator on values that may be objects.
     *
     * @param c the call
     * @param primitive whether a name is a local held in a Java primitive (an int, float or bool)
     * @return whether the call must find its method before its arguments
     */
    static boolean argsMayRunCode(Expr.Call c, Predicate<String> primitive) {
        List<Expr> all = new ArrayList<>(c.args());
        for (Keyword k : c.keywords()) {
            all.add(k.value());
        }
        return !all.stream().allMatch(x -> quiet(x, primitive));
    }

    private static boolean quiet(Expr e, Predicate<String> primitive) {
        return switch (e) {
            case Expr.Constant k -> true;
            case Expr.Name n -> true;
            case Expr.Lambda l -> true;
            case Expr.Tuple t -> t.elts().stream().allMatch(x -> quiet(x, primitive));
            case Expr.List l -> l.elts().stream().allMatch(x -> quiet(x, primitive));
            case Expr.BinOp b -> numeric(List.of(b.left(), b.right()), primitive);
            case Expr.UnaryOp u -> numeric(List.of(u.operand()), primitive);
            case Expr.BoolOp b -> numeric(b.values(), primitive);
            case Expr.Compare k -> {
                List<Expr> xs = new ArrayList<>(k.comparators());
                xs.add(k.left());
                yield numeric(xs, primitive);
            }
            default -> false;
        };
    }

    /** Operands whose operators run no user code: numbers, typed locals, and such operations of those. */
    private static boolean numeric(List<Expr> operands, Predicate<String> primitive) {
        return operands.stream().allMatch(x -> switch (x) {
            case Expr.Constant k -> k.value() instanceof ConstantValue.IntValue
                    || k.value() instanceof ConstantValue.FloatValue || k.value() instanceof ConstantValue.BoolValue;
            case Expr.Name n -> primitive.test(n.id());
            case Expr.BinOp b -> quiet(b, primitive);
            case Expr.UnaryOp u -> quiet(u, primitive);
            case Expr.BoolOp b -> quiet(b, primitive);
            case Expr.Compare k -> quiet(k, primitive);
            default -> false;
        });
    }
}

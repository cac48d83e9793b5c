package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import io.portalis.python.ast.UnaryOperator;

/**
 * Decides how a {@code while True:} loop is written in Java. As {@code while (true)} it costs nothing per iteration,
 * but javac then requires that code after the loop be reached only through a {@code break} that leaves it: the
 * emitter counts the breaks it writes for the loop and, when there are none, treats the loop as a statement that
 * never completes. A break that leaves the loop through a {@code finally} clause is not one javac counts when the
 * clause itself may not complete, so such a loop keeps a condition javac does not evaluate.
 */
final class WhileLoops {
    private WhileLoops() {
    }

    /**
     * The truth of a loop condition that is a literal ({@code True}, {@code 1}, {@code "x"}, or {@code not} of one),
     * whose Java translation javac may take for a constant expression.
     *
     * @param test the condition
     * @return its truth, or null when it is not a literal
     */
    static Boolean literalTruth(Expr test) {
        if (test instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT) {
            Boolean operand = literalTruth(u.operand());
            return operand == null ? null : !operand;
        }
        if (!(test instanceof Expr.Constant c)) {
            return null;
        }
        return switch (c.value()) {
            case ConstantValue.NoneValue n -> false;
            case ConstantValue.BoolValue b -> b.value();
            case ConstantValue.EllipsisValue e -> true;
            case ConstantValue.IntValue i -> i.value().signum() != 0;
            case ConstantValue.FloatValue f -> f.value() != 0.0;
            case ConstantValue.ImaginaryValue i -> i.imag() != 0.0;
            case ConstantValue.StrValue s -> !s.value().isEmpty();
            case ConstantValue.BytesValue b -> b.value().length != 0;
        };
    }

    /**
     * Whether every {@code break} of a loop leaves it for javac: none of them is inside a {@code try} statement with
     * a {@code finally} clause within the loop's body.
     *
     * @param loop the loop
     * @return true when the loop may be written with a constant condition
     */
    static boolean breaksExit(Stmt.While loop) {
        return loop.body().stream().allMatch(s -> plainBreaks(s, false));
    }

    /**
     * Whether the breaks a node holds for the loop being checked are plain ones.
     *
     * @param inFinally whether the node is inside the body or a handler of a try statement with a finally clause
     */
    private static boolean plainBreaks(Object node, boolean inFinally) {
        switch (node) {
            case Stmt.Break b -> {
                return !inFinally;
            }
            case Stmt.For f -> {
                // the breaks of its body are its own; its else clause runs in the loop being checked
                return f.orelse().stream().allMatch(s -> plainBreaks(s, inFinally));
            }
            case Stmt.While w -> {
                return w.orelse().stream().allMatch(s -> plainBreaks(s, inFinally));
            }
            case Stmt.FunctionDef d -> {
                return true;
            }
            case Stmt.ClassDef c -> {
                return true;
            }
            case Stmt.Try t when !t.finalbody().isEmpty() -> {
                boolean[] ok = {true};
                Definite.walk(t, x -> ok[0] &= plainBreaks(x, true));
                return ok[0];
            }
            case Expr e -> {
                return true;
            }
            default -> {
                boolean[] ok = {true};
                Definite.walk(node, x -> ok[0] &= plainBreaks(x, inFinally));
                return ok[0];
            }
        }
    }
}

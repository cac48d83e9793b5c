package io.portalis.translator;

import io.portalis.python.ast.ConstantValue;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Operator;
import io.portalis.python.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed int arithmetic that cannot overflow while its variables are small, computed without overflow checks behind
 * one test of their magnitude.
 *
 * <p>{@code (i + j) * (i + j + 1) // 2 + i + 1} on typed locals needs five checked operations ({@code Ints.add},
 * {@code Ints.mul}...), each a branch the JIT must keep with the state to raise {@code OverflowError}. While
 * {@code i} and {@code j} lie in {@code [-2**k, 2**k)} for a {@code k} that bounds every intermediate value below
 * 2**63, Java's own {@code long} arithmetic computes exactly what Python computes, so the expression is emitted
 * twice:
 *
 * <pre>
 * (Ints.fits(i, 30) &amp;&amp; Ints.fits(j, 30) ? ((i + j) * ((i + j) + 1L) &gt;&gt; 1) + i + 1L : Ints.add(...))
 * </pre>
 *
 * <p>Only {@code + - *}, unary minus, {@code //} and {@code %} by a positive literal and shifts by a literal count
 * take part, on typed int locals read as plain Java variables, attributes peeked at and int literals; anything else
 * (a call, a list item, a bool, a division by a variable that may be zero) leaves the expression to the checked
 * path alone.
 */
final class SmallInts {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The widths tried for the variables, widest first. */
    private static final int WIDEST = 62;
    private static final int NARROWEST = 8;

    private SmallInts() {
    }

    /**
     * The test of the variables and the expression computed without checks, or null when it gains nothing (fewer
     * than two checked operations) or cannot be bounded. The caller emits {@code (test ? unchecked : checked)}.
     *
     * @param e a binary operation the emitter types as an int
     * @param variable the Java code of a name, attribute or item of the expression as its typed int, or null when
     *     it is not one or is not a plain variable
     * @return the test and the unchecked code, or null
     */
    static String[] unchecked(Expr.BinOp e, Function<Expr, String> variable) {
        if (checkedOps(e) < 2) {
            return null;
        }
        List<Expr> leaves = new ArrayList<>();
        if (!collect(e, leaves)) {
            return null;
        }
        Map<Expr, String> vars = new IdentityHashMap<>();
        Set<String> tested = new LinkedHashSet<>();
        for (Expr x : leaves) {
            String j = variable.apply(x);
            // a Java local, or the value of an attribute peeked at (read twice at no cost)
            if (j == null || !j.matches("[A-Za-z_$][\\w$]*(\\.longValue\\(\\))?")) {
                return null;
            }
            vars.put(x, j);
            tested.add(j);
        }
        if (tested.isEmpty()) {
            return null;
        }
        int k = WIDEST;
        while (k >= NARROWEST && bound(e, BigInteger.ONE.shiftLeft(k)) == null) {
            k--;
        }
        if (k < NARROWEST) {
            return null;
        }
        StringBuilder test = new StringBuilder();
        for (String v : tested) {
            test.append(test.isEmpty() ? "" : " && ").append("Ints.fits(").append(v).append(", ").append(k)
                    .append(")");
        }
        return new String[] {test.toString(), unchecked(e, vars)};
    }

    /** How many operations of an expression the checked path tests for overflow. */
    private static int checkedOps(Expr e) {
        return switch (e) {
            case Expr.BinOp b -> (b.op() == Operator.ADD || b.op() == Operator.SUB || b.op() == Operator.MULT
                    || b.op() == Operator.FLOOR_DIV || b.op() == Operator.MOD || b.op() == Operator.L_SHIFT ? 1 : 0)
                    + checkedOps(b.left()) + checkedOps(b.right());
            case Expr.UnaryOp u -> (u.op() == UnaryOperator.U_SUB ? 1 : 0) + checkedOps(u.operand());
            default -> 0;
        };
    }

    /** Collects the variables of a supported expression in source order; false when some part is not supported. */
    private static boolean collect(Expr e, List<Expr> leaves) {
        switch (e) {
            case Expr.Name n -> {
                leaves.add(n);
                return true;
            }
            case Expr.Attribute a -> {
                leaves.add(a);
                return true;
            }
            case Expr.Constant c -> {
                return literal(c) != null;
            }
            case Expr.UnaryOp u -> {
                return (u.op() == UnaryOperator.U_SUB || u.op() == UnaryOperator.U_ADD) && collect(u.operand(), leaves);
            }
            case Expr.BinOp b -> {
                BigInteger r = b.right() instanceof Expr.Constant c ? literal(c) : null;
                return collect(b.left(), leaves) && switch (b.op()) {
                    case ADD, SUB, MULT -> collect(b.right(), leaves);
                    case FLOOR_DIV, MOD -> r != null && r.signum() > 0;
                    case L_SHIFT, R_SHIFT -> r != null && r.signum() >= 0 && r.bitLength() < 7;
                    default -> false;
                };
            }
            default -> {
                return false;
            }
        }
    }

    /** An int literal's value (bools and other constants are not taken). */
    private static BigInteger literal(Expr.Constant c) {
        return c.value() instanceof ConstantValue.IntValue i ? i.value() : null;
    }

    /**
     * A bound on the magnitude of every value the expression computes when each variable lies in
     * {@code [-limit, limit)}, or null when some value may not fit in a {@code long}.
     */
    private static BigInteger bound(Expr e, BigInteger limit) {
        BigInteger m = switch (e) {
            case Expr.Name n -> limit;
            case Expr.Attribute a -> limit;
            case Expr.Constant c -> literal(c).abs();
            case Expr.UnaryOp u -> bound(u.operand(), limit);
            case Expr.BinOp b -> {
                BigInteger l = bound(b.left(), limit);
                BigInteger r = b.right() instanceof Expr.Constant c ? literal(c).abs() : bound(b.right(), limit);
                if (l == null || r == null) {
                    yield null;
                }
                yield switch (b.op()) {
                    case ADD, SUB -> l.add(r);
                    case MULT -> l.multiply(r);
                    // a floor quotient by a positive int is no larger than the dividend; a remainder lies in [0, r)
                    case FLOOR_DIV, R_SHIFT -> l;
                    case MOD -> r;
                    case L_SHIFT -> l.shiftLeft(r.intValue());
                    default -> null;
                };
            }
            default -> null;
        };
        return m == null || m.compareTo(LONG_MAX) > 0 ? null : m;
    }

    /** The Java code of a supported expression with Java's unchecked operators. */
    private static String unchecked(Expr e, Map<Expr, String> vars) {
        return switch (e) {
            case Expr.Name n -> vars.get(n);
            case Expr.Attribute a -> vars.get(a);
            case Expr.Constant c -> literal(c) + "L";
            case Expr.UnaryOp u -> u.op() == UnaryOperator.U_SUB ? "(-" + unchecked(u.operand(), vars) + ")"
                    : unchecked(u.operand(), vars);
            case Expr.BinOp b -> {
                String l = unchecked(b.left(), vars);
                BigInteger r = b.right() instanceof Expr.Constant c ? literal(c) : null;
                boolean power = r != null && r.signum() > 0 && r.bitCount() == 1;
                yield switch (b.op()) {
                    case ADD -> "(" + l + " + " + unchecked(b.right(), vars) + ")";
                    case SUB -> "(" + l + " - " + unchecked(b.right(), vars) + ")";
                    case MULT -> "(" + l + " * " + unchecked(b.right(), vars) + ")";
                    // Python floors both, as an arithmetic shift and a mask do for a power of two
                    case FLOOR_DIV -> power ? "(" + l + " >> " + (r.bitLength() - 1) + ")"
                            : "Math.floorDiv(" + l + ", " + r + "L)";
                    case MOD -> power ? "(" + l + " & " + r.subtract(BigInteger.ONE) + "L)"
                            : "Math.floorMod(" + l + ", " + r + "L)";
                    case L_SHIFT -> "(" + l + " << " + r + ")";
                    case R_SHIFT -> "(" + l + " >> " + r + ")";
                    default -> throw new IllegalStateException(b.op().toString());
                };
            }
            default -> throw new IllegalStateException(e.toString());
        };
    }
}

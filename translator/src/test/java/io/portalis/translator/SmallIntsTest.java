package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalis.pylib.Ints;
import io.portalis.python.Parser;
import io.portalis.python.ast.Expr;
import io.portalis.python.ast.Stmt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which int expressions run unchecked behind a test of their variables, and how wide the test lets them be. */
class SmallIntsTest {
    private static String[] plan(String src) {
        Expr e = ((Stmt.ExprStmt) Parser.parse((src + "\n").getBytes(StandardCharsets.UTF_8), "x.py").body().get(0))
                .value();
        // an attribute as a split's peek reads it; names starting with f are not typed ints
        return SmallInts.unchecked((Expr.BinOp) e, x -> x instanceof Expr.Attribute a
                && a.value() instanceof Expr.Name o ? "p$" + o.id() + ".longValue()"
                : x instanceof Expr.Name n && !n.id().startsWith("f") ? n.id() : null);
    }

    @Test
    void theWidestBoundThatKeepsEveryValueIn64BitsIsTested() {
        String[] p = plan("(i + j) * (i + j + 1) // 2 + i + 1");
        // 2**31 * (2**31 + 1) fits below 2**63, 2**32 * (2**32 + 1) does not
        assertThat(p[0]).isEqualTo("Ints.fits(i, 30) && Ints.fits(j, 30)");
        assertThat(p[1]).isEqualTo("(((((i + j) * ((i + j) + 1L)) >> 1) + i) + 1L)");
        assertThat(plan("a * b * c")[0]).isEqualTo("Ints.fits(a, 20) && Ints.fits(b, 20) && Ints.fits(c, 20)");
    }

    @Test
    void valuesPeekedAtAreTestedAndReadAgain() {
        String[] p = plan("(self.state * 1103515245 + 12345) % 2147483648");
        assertThat(p[0]).isEqualTo("Ints.fits(p$self.longValue(), 32)");
        assertThat(p[1]).isEqualTo("(((p$self.longValue() * 1103515245L) + 12345L) & 2147483647L)");
        // an item of a list is not read twice
        assertThat(plan("(v[i] * 3 + 1) % 7")).isNull();
    }

    @Test
    void floorsByPositiveLiteralsKeepPythonsSigns() {
        assertThat(plan("(a - b) % 8 + (a - b) // 3")[1])
                .isEqualTo("(((a - b) & 7L) + Math.floorDiv((a - b), 3L))");
        assertThat(plan("(a - b) % 6 - (a << 4)")[1]).isEqualTo("(Math.floorMod((a - b), 6L) - (a << 4))");
    }

    @Test
    void anythingUnboundedOrTooCheapStaysChecked() {
        // one checked operation: the test would cost as much as it saves
        assertThat(plan("a + 1")).isNull();
        // a division by a variable may raise ZeroDivisionError; a call or an untyped value cannot be bounded
        assertThat(plan("(a + b) // c + 1")).isNull();
        assertThat(plan("(a + b) * g(a) + 1")).isNull();
        assertThat(plan("(a + b) * f + 1")).isNull();
        assertThat(plan("(a + b) * True + 1")).isNull();
        assertThat(plan("a ** 2 + b + 1")).isNull();
        // no width of the variables keeps a 2**60 multiplier in 64 bits
        assertThat(plan("(a + b) * 1152921504606846976 * 16")).isNull();
    }

    @Test
    void fitsTestsTheSignedRange() {
        assertThat(Ints.fits((1L << 30) - 1, 30)).isTrue();
        assertThat(Ints.fits(-(1L << 30), 30)).isTrue();
        assertThat(Ints.fits(1L << 30, 30)).isFalse();
        assertThat(Ints.fits(-(1L << 30) - 1, 30)).isFalse();
        assertThat(Ints.fits(Long.MIN_VALUE, 62)).isFalse();
        assertThat(Ints.fits(Long.MAX_VALUE, 62)).isFalse();
        assertThat(Ints.fits(0, 8)).isTrue();
    }
}

package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code format(x, '.nf')} against its definition (the exact binary value rounded half-even to {@code n} places),
 * over values that take the scaled-integer path and values that must leave it (ties, near-ties, large products).
 */
class FloatFixedFormatPropertyTest {
    private static String exact(double x, int n) {
        String digits = new BigDecimal(Math.abs(x)).setScale(n, RoundingMode.HALF_EVEN).toPlainString();
        return Math.copySign(1.0, x) < 0 ? "-" + digits : digits;
    }

    @Test
    void agreesWithTheExactDefinitionOverManyValues() {
        SplittableRandom random = new SplittableRandom(20261126);
        for (int k = 0; k < 80_000; k++) {
            int n = random.nextInt(25);
            double x = switch (k % 5) {
                case 0 -> random.nextDouble() * Math.pow(10, random.nextInt(-8, 16));
                case 1 -> random.nextLong(-10_000_000, 10_000_000) / Math.pow(10, random.nextInt(0, 8));
                // exact halves at the rounding place, where half-even decides
                case 2 -> (random.nextLong(-1_000_000, 1_000_000) + 0.5) / Math.pow(10, n);
                case 3 -> random.nextInt(-100_000, 100_000) / 7.0;
                default -> Double.longBitsToDouble(random.nextLong());
            };
            if (Double.isFinite(x)) {
                assertThat(PyFormat.format(x, "." + n + "f")).as("format(%s, '.%df')", x, n).isEqualTo(exact(x, n));
            }
        }
    }

    @Test
    void knownCasesGiveCPythonsText() {
        assertThat(PyFormat.format(2.675, ".2f")).isEqualTo("2.67");
        assertThat(PyFormat.format(0.125, ".2f")).isEqualTo("0.12");
        assertThat(PyFormat.format(2.5, ".0f")).isEqualTo("2");
        assertThat(PyFormat.format(3.5, ".0f")).isEqualTo("4");
        assertThat(PyFormat.format(-0.0, ".3f")).isEqualTo("-0.000");
        assertThat(PyFormat.format(-0.0004, ".3f")).isEqualTo("-0.000");
        assertThat(PyFormat.format(0.0001, ".3f")).isEqualTo("0.000");
        assertThat(PyFormat.format(0.05, ".1f")).isEqualTo("0.1");
        assertThat(PyFormat.format(1e22, ".2f")).isEqualTo("10000000000000000000000.00");
        assertThat(PyFormat.format(123.456, "10.1f")).isEqualTo("     123.5");
    }
}

package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code round(x, n)} against its definition (the exact binary value rounded half-even to {@code n} places, read
 * back as the nearest double), over values that take the arithmetic path and values that must leave it.
 */
class FloatRoundPropertyTest {
    private static double exact(double x, int n) {
        return Math.copySign(new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).doubleValue(), x);
    }

    private static void check(double x, int n) {
        assertThat(Double.doubleToRawLongBits(Floats.round(x, n))).as("round(%s, %d)", x, n)
                .isEqualTo(Double.doubleToRawLongBits(exact(x, n)));
    }

    @Test
    void agreesWithTheExactDefinitionOverManyValues() {
        SplittableRandom random = new SplittableRandom(20261126);
        for (int k = 0; k < 60_000; k++) {
            int n = random.nextInt(23);
            double x = switch (k % 4) {
                // uniform values such as random() and uniform(a, b) give
                case 0 -> random.nextDouble() * Math.pow(10, random.nextInt(-6, 12));
                // decimals written with a few places, where ties are common
                case 1 -> random.nextLong(-10_000_000, 10_000_000) / Math.pow(10, random.nextInt(0, 8));
                // exact halves at the rounding place
                case 2 -> (random.nextLong(-1_000_000, 1_000_000) + 0.5) / Math.pow(10, n);
                default -> Double.longBitsToDouble(random.nextLong());
            };
            if (Double.isFinite(x) && x != 0) {
                check(x, n);
            }
        }
    }

    @Test
    void knownCasesGiveCPythonsResults() {
        assertThat(Floats.round(2.675, 2)).isEqualTo(2.67);
        assertThat(Floats.round(0.125, 2)).isEqualTo(0.12);
        assertThat(Floats.round(0.375, 2)).isEqualTo(0.38);
        assertThat(Floats.round(1.005, 2)).isEqualTo(1.0);
        assertThat(Floats.round(2.5, 0)).isEqualTo(2.0);
        assertThat(Double.doubleToRawLongBits(Floats.round(-0.5, 0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(Floats.round(-1e-30, 3))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Floats.round(123.456789, 4)).isEqualTo(123.4568);
        assertThat(Floats.round(0.1 + 0.2, 15)).isEqualTo(0.3);
        assertThat(Floats.round(4503599627370495.5, 0)).isEqualTo(4503599627370496.0);
        assertThat(Floats.round(1.23456789e-5, 22)).isEqualTo(1.23456789e-05);
        assertThat(Floats.round(-2.5e-8, 8)).isEqualTo(-2e-08);
        assertThat(Floats.round(5e-324, 3)).isEqualTo(0.0);
    }
}

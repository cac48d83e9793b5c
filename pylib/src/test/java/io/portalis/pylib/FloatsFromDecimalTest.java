package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Floats#fromDecimal} against the JDK's exactly rounded {@link Double#parseDouble}: every answer it gives
 * must be the same double, and it may decline (NaN) only rarely.
 */
class FloatsFromDecimalTest {
    private static double parsed(long significand, int exponent) {
        return Double.parseDouble(Long.toUnsignedString(significand) + "e" + exponent);
    }

    private static void check(long significand, int exponent) {
        double fast = Floats.fromDecimal(significand, exponent);
        if (!Double.isNaN(fast)) {
            assertThat(Double.doubleToRawLongBits(fast))
                    .as("%se%d", Long.toUnsignedString(significand), exponent)
                    .isEqualTo(Double.doubleToRawLongBits(parsed(significand, exponent)));
        }
    }

    @Test
    void randomDigitsAndExponentsRoundAsParseDoubleDoes() {
        SplittableRandom rng = new SplittableRandom(20261126);
        int declined = 0;
        int cases = 60_000;
        for (int k = 0; k < cases; k++) {
            int digits = rng.nextInt(1, 20);
            long significand = digits == 19 ? rng.nextLong() >>> 1 | 1L << 62 : rng.nextLong(1, pow10(digits));
            int exponent = rng.nextInt(-350, 316);
            check(significand, exponent);
            double exact = parsed(significand, exponent);
            // subnormal and overflowing results are left to the exact conversion by design
            if (exact >= Double.MIN_NORMAL && exact < 1e308 && Double.isNaN(Floats.fromDecimal(significand, exponent))) {
                declined++;
            }
        }
        assertThat(declined).isLessThan(cases / 100);
    }

    @Test
    void shortestAndSeventeenDigitFormsOfRandomDoublesComeBackExactly() {
        SplittableRandom rng = new SplittableRandom(7);
        int declined = 0;
        for (int k = 0; k < 30_000; k++) {
            double x = Math.abs(Double.longBitsToDouble(rng.nextLong()));
            if (!Double.isFinite(x) || x < Double.MIN_NORMAL || x > 1e307) {
                continue;
            }
            for (BigDecimal d : new BigDecimal[] {new BigDecimal(Double.toString(x)),
                    new BigDecimal(x).round(new MathContext(17))}) {
                BigDecimal plain = d.stripTrailingZeros();
                long significand = plain.unscaledValue().longValueExact();
                int exponent = -plain.scale();
                double fast = Floats.fromDecimal(significand, exponent);
                if (Double.isNaN(fast)) {
                    declined++;
                } else {
                    assertThat(fast).isEqualTo(x);
                }
            }
        }
        assertThat(declined).isLessThan(300);
    }

    @Test
    void edgesAreRightOrDeclined() {
        long[][] cases = {{9007199254740993L, 0}, {9007199254740995L, 0}, {1, 23}, {1, 22}, {5, -324}, {1, -343},
            {17976931348623157L, 292}, {22250738585072014L, -324}, {1, 309}, {7, -1}, {1, 0}, {-1L, 0},
            {-1L, -19}, {73177701707893310L, -1}, {4, -1}, {12345678901234567L, -30}};
        for (long[] c : cases) {
            check(c[0], (int) c[1]);
        }
        assertThat(Floats.fromDecimal(1, 309)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Floats.fromDecimal(1, -343)).isEqualTo(0.0);
        assertThat(Floats.fromDecimal(0, 5)).isEqualTo(0.0);
        assertThat(Floats.fromDecimal(3, 0)).isEqualTo(3.0);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int k = 0; k < n; k++) {
            p *= 10;
        }
        return p;
    }
}

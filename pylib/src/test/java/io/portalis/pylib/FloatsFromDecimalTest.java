package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
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

    /**
     * The table of powers of five, built by steps from one power to the next, holds what each entry is defined as:
     * the 128 most significant bits of 5**q, and for q < 0 of the reciprocal 2**b // 5**-q + 1 (b = z + 127 for
     * q >= -27, else 2 * z + 128, z the bit length of 5**-q).
     */
    @Test
    void powersOfFiveHoldTheirDefinition() {
        BigInteger five = BigInteger.valueOf(5);
        long[] table = Floats.PowersOfFive.TABLE;
        for (int q = Floats.PowersOfFive.SMALLEST; q <= Floats.PowersOfFive.LARGEST; q++) {
            BigInteger c;
            if (q < 0) {
                BigInteger power = five.pow(-q);
                int z = power.bitLength();
                c = BigInteger.ONE.shiftLeft(q >= -27 ? z + 127 : 2 * z + 128).divide(power).add(BigInteger.ONE);
            } else {
                c = five.pow(q);
            }
            c = c.bitLength() <= 128 ? c.shiftLeft(128 - c.bitLength()) : c.shiftRight(c.bitLength() - 128);
            int k = 2 * (q - Floats.PowersOfFive.SMALLEST);
            assertThat(new long[] {table[k], table[k + 1]}).as("5**%d", q)
                    .containsExactly(c.shiftRight(64).longValue(), c.longValue());
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

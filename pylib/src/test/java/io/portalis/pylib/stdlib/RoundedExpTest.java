package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the once-rounded 2**x, log and pow against results that are exactly specified: powers of two, squares and
 * square roots (IEEE rounds {@code y * y} and {@code sqrt} correctly, so a correctly rounded pow must agree).
 */
class RoundedExpTest {
    @Test
    void exp2OfAnIntegerIsThePowerOfTwoExactlyDownToTheSmallestSubnormal() {
        for (int n = -1074; n <= 1023; n++) {
            assertThat(RoundedExp.exp2(n)).as("2**%d", n).isEqualTo(Math.scalb(1.0, n));
        }
        assertThat(RoundedExp.exp2(-1075.0)).isEqualTo(0.0);
        assertThat(RoundedExp.exp2(1024.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(RoundedExp.exp2(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(RoundedExp.exp2(Double.NaN)).isNaN();
    }

    @Test
    void exp2OfAHalfIsTheRoundedSquareRootOfTwoAndRoundsOnceBelowTheNormalRange() {
        assertThat(RoundedExp.exp2(0.5)).isEqualTo(Math.sqrt(2.0));
        assertThat(RoundedExp.exp2(-0.5)).isEqualTo(0x1.6a09e667f3bcdp-1);
        // 2**-1074.5 is 0.707 of the smallest subnormal, which rounds up to it
        assertThat(RoundedExp.exp2(-1074.5)).isEqualTo(Double.MIN_VALUE);
        assertThat(RoundedExp.exp2(-1070.5)).isEqualTo(Math.scalb(Math.sqrt(2.0), -1071));
    }

    @Test
    void powWithExponentTwoOrOneHalfRoundsAsMultiplicationAndSquareRootDo() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            double y = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-400, 400));
            assertThat(RoundedExp.pow(y, 2.0)).as("%s**2", y).isEqualTo(y * y);
            assertThat(RoundedExp.pow(y, 0.5)).as("%s**0.5", y).isEqualTo(Math.sqrt(y));
        }
    }

    @Test
    void logOfAPowerOfTwoIsItsExponentTimesTheRoundedLn2() {
        assertThat(RoundedExp.log(2.0)).isEqualTo(0x1.62e42fefa39efp-1);
        assertThat(RoundedExp.log(1.0)).isEqualTo(0.0);
        assertThat(RoundedExp.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(RoundedExp.log(-1.0)).isNaN();
        assertThat(RoundedExp.log(Math.E)).isEqualTo(1.0);
    }
}

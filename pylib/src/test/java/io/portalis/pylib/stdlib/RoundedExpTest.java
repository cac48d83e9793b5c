package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the once-rounded log and pow against results that are exactly specified: squares and square roots (IEEE
 * rounds {@code y * y} and {@code sqrt} correctly, so a correctly rounded pow must agree).
 */
class RoundedExpTest {
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

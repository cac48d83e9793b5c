package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.OverflowError;
import io.portalis.pylib.ValueError;
import org.junit.jupiter.api.Test;

/** Typed shifts: Python's results while they fit in 64 bits, Python's errors for negative counts. */
class ShiftsTest {
    @Test
    void leftShiftMultipliesByPowersOfTwoWhileTheResultFits() {
        assertThat(Shifts.lshift(1, 0)).isEqualTo(1L);
        assertThat(Shifts.lshift(3, 4)).isEqualTo(48L);
        assertThat(Shifts.lshift(-5, 2)).isEqualTo(-20L);
        assertThat(Shifts.lshift(1, 62)).isEqualTo(1L << 62);
        assertThat(Shifts.lshift(-1, 63)).isEqualTo(Long.MIN_VALUE);
        assertThat(Shifts.lshift(0, 1000)).isZero();
    }

    @Test
    void leftShiftPastSixtyFourBitsIsAnOverflowOfTheTypedPath() {
        assertThatThrownBy(() -> Shifts.lshift(1, 63)).isInstanceOf(OverflowError.class)
                .hasMessageContaining("64 bits");
        assertThatThrownBy(() -> Shifts.lshift(3, 62)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Shifts.lshift(-1, 64)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Shifts.lshift(1, Long.MAX_VALUE)).isInstanceOf(OverflowError.class);
    }

    @Test
    void rightShiftFloorsAndEndsAtZeroOrMinusOne() {
        assertThat(Shifts.rshift(48, 4)).isEqualTo(3L);
        assertThat(Shifts.rshift(-7, 1)).isEqualTo(-4L);
        assertThat(Shifts.rshift(Long.MAX_VALUE, 64)).isZero();
        assertThat(Shifts.rshift(-3, 1000)).isEqualTo(-1L);
    }

    @Test
    void negativeCountsRaiseValueError() {
        assertThatThrownBy(() -> Shifts.lshift(1, -1)).isInstanceOf(ValueError.class)
                .hasMessageContaining("negative shift count");
        assertThatThrownBy(() -> Shifts.rshift(1, -1)).isInstanceOf(ValueError.class)
                .hasMessageContaining("negative shift count");
    }

    @Test
    void aShiftUnderANonNegativeMaskIsExactWhateverItsSize() {
        assertThat(Shifts.lshiftAnd(1L << 61, 3, 255)).isZero();
        assertThat(Shifts.lshiftAnd(0x7fL, 4, 0xff)).isEqualTo(0xf0L);
        assertThat(Shifts.lshiftAnd(-1, 63, Long.MAX_VALUE)).isZero();
        assertThat(Shifts.lshiftAnd(-3, 1, 7)).isEqualTo(2L);
        assertThat(Shifts.lshiftAnd(5, 2, -1)).isEqualTo(20L);
        assertThatThrownBy(() -> Shifts.lshiftAnd(1L << 62, 2, -1)).isInstanceOf(OverflowError.class);
    }
}

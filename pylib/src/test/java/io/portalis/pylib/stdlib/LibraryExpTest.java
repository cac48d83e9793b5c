package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The C library's exp and exp2 method: exact powers of two, the edges of the range, and known CPython bits. */
class LibraryExpTest {
    @Test
    void exp2OfAnIntegerIsThePowerOfTwoExactlyDownToTheSmallestSubnormal() {
        for (int n = -1074; n <= 1023; n++) {
            assertThat(LibraryExp.exp2(n)).as("2**%d", n).isEqualTo(Math.scalb(1.0, n));
        }
        assertThat(LibraryExp.exp2(-1075.0)).isEqualTo(0.0);
        assertThat(LibraryExp.exp2(1024.0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibraryExp.exp2(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(LibraryExp.exp2(Double.NaN)).isNaN();
        assertThat(LibraryExp.exp2(-0.0)).isEqualTo(1.0);
    }

    @Test
    void exp2RoundsAsCPythonDoesIncludingWhereTheLibraryMisrounds() {
        assertThat(LibraryExp.exp2(0.5)).isEqualTo(Math.sqrt(2.0));
        // 2**-1074.5 is 0.707 of the smallest subnormal, which rounds up to it
        assertThat(LibraryExp.exp2(-1074.5)).isEqualTo(Double.MIN_VALUE);
        // CPython gives this, one ulp from the correctly rounded result
        assertThat(LibraryExp.exp2(-0x1.aa3b66a795351p+9)).isEqualTo(0x1.732b165d68a64p-853);
    }

    @Test
    void expMatchesCPythonAtTheEdgesOfTheRange() {
        assertThat(LibraryExp.exp(0.0)).isEqualTo(1.0);
        assertThat(LibraryExp.exp(1.0)).isEqualTo(Math.E);
        assertThat(LibraryExp.exp(1e-300)).isEqualTo(1.0);
        assertThat(LibraryExp.exp(709.78)).isEqualTo(0x1.fe9ce5c4c52b4p+1023);
        assertThat(LibraryExp.exp(709.79)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibraryExp.exp(-745.13)).isEqualTo(Double.MIN_VALUE);
        assertThat(LibraryExp.exp(-745.14)).isEqualTo(0.0);
        assertThat(LibraryExp.exp(-708.5)).isEqualTo(0x0.e6cf6d08897acp-1022);
        assertThat(LibraryExp.exp(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(LibraryExp.exp(Double.NaN)).isNaN();
    }
}

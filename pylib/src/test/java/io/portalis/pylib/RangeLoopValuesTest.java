package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** What translated range loops rely on when a range's values may be past 64 bits; values from CPython 3.11. */
class RangeLoopValuesTest {
    private static final BigInteger TWO_64 = BigInteger.TWO.pow(64);

    @Test
    void rangesFitOnlyWhenEveryValueIsALong() {
        assertThat(PyRange.of(0L, Long.MAX_VALUE, 1L).fits()).isTrue();
        assertThat(PyRange.of(Long.MIN_VALUE, Long.MAX_VALUE, 1L).fits()).isFalse();
        assertThat(PyRange.of(TWO_64, TWO_64.add(BigInteger.valueOf(3)), 1L).fits()).isFalse();
        assertThat(PyRange.of(0L, 5L, TWO_64).fits()).isFalse();
        PyRange big = PyRange.of(TWO_64, TWO_64.add(BigInteger.valueOf(3)), 1L);
        assertThat(Py.repr(Builtins.list(big))).isEqualTo("[18446744073709551616, 18446744073709551617, "
                + "18446744073709551618]");
        assertThatThrownBy(big::start).isInstanceOf(OverflowError.class);
    }

    @Test
    void valuesComputedFromABigCounterAreCheckedIntoTheirTypes() {
        assertThat(PyRange.typedLong(5L)).isEqualTo(5L);
        assertThat(PyRange.typedLong(true)).isEqualTo(1L);
        assertThatThrownBy(() -> PyRange.typedLong(TWO_64)).isInstanceOf(OverflowError.class)
                .hasMessage("int result does not fit in 64 bits on the typed path");
        assertThat(PyRange.typedDouble(2.5)).isEqualTo(2.5);
        assertThat(PyRange.typedBool(Boolean.TRUE)).isTrue();
        assertThat(PyRange.typedStr("18446744073709551616")).isEqualTo("18446744073709551616");
    }

    @Test
    void enumerateCountsPast64Bits() {
        assertThat(Py.repr(Builtins.list(Builtins.enumerate("abc", (Object) TWO_64))))
                .isEqualTo("[(18446744073709551616, 'a'), (18446744073709551617, 'b'), (18446744073709551618, 'c')]");
        assertThat(Py.repr(Builtins.list(Builtins.enumerate("abc", Long.MAX_VALUE - 1))))
                .isEqualTo("[(9223372036854775806, 'a'), (9223372036854775807, 'b'), (9223372036854775808, 'c')]");
        assertThat(Py.repr(Builtins.list(Builtins.enumerate("xy", (Object) TWO_64.negate()))))
                .isEqualTo("[(-18446744073709551616, 'x'), (-18446744073709551615, 'y')]");
        assertThat(Py.repr(Builtins.list(Builtins.enumerate("x", (Object) Boolean.TRUE)))).isEqualTo("[(1, 'x')]");
        assertThatThrownBy(() -> Builtins.enumerate("x", (Object) 2.0)).isInstanceOf(TypeError.class)
                .hasMessage("'float' object cannot be interpreted as an integer");
    }
}

package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The typed path's overflow rule and the dynamic path's promotion and normalisation. */
class NumbersTest {
    @Test
    void typedArithmeticFailsLoudlyInsteadOfWrapping() {
        assertThat(Ints.add(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Ints.add(Long.MAX_VALUE, 1)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Ints.sub(Long.MIN_VALUE, 1)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Ints.mul(1L << 32, 1L << 31)).isInstanceOf(OverflowError.class);
        assertThat(Ints.mul(-(1L << 31), 1L << 32)).isEqualTo(Long.MIN_VALUE);
        assertThatThrownBy(() -> Ints.mul(Long.MIN_VALUE, -1)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Ints.neg(Long.MIN_VALUE)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Ints.floorDiv(Long.MIN_VALUE, -1)).isInstanceOf(OverflowError.class);
        assertThat(Ints.pow(2, 62)).isEqualTo(1L << 62);
        assertThatThrownBy(() -> Ints.pow(2, 63)).isInstanceOf(OverflowError.class);
    }

    @Test
    void theTypedPathsOverflowSignalCarriesNoStackTrace() {
        // generated code catches it and recomputes with big ints, possibly on every iteration of a loop
        assertThatThrownBy(() -> Ints.mul(1L << 40, 1L << 40)).isInstanceOf(OverflowError.class)
                .hasMessage("int result does not fit in 64 bits on the typed path")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
        assertThatThrownBy(() -> io.portalis.pylib.dyn.Shifts.lshift(1L, 64)).isInstanceOf(OverflowError.class)
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
        assertThat(new OverflowError("math range error").getStackTrace()).isNotEmpty();
    }

    @Test
    void typedProductsOverflowExactlyPast64Bits() {
        assertThat(Ints.mul(3037000499L, 3037000499L)).isEqualTo(9223372030926249001L);
        assertThat(Ints.mul(Long.MIN_VALUE, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Ints.mul(-(1L << 31), 1L << 32)).isEqualTo(Long.MIN_VALUE);
        assertThat(Ints.mul(-1, Long.MAX_VALUE)).isEqualTo(-Long.MAX_VALUE);
        assertThatThrownBy(() -> Ints.mul(1L << 31, 1L << 32)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Ints.mul(Long.MIN_VALUE, -1)).isInstanceOf(OverflowError.class);
        assertThatThrownBy(() -> Ints.mul(3037000500L, -3037000500L)).isInstanceOf(OverflowError.class);
    }

    @Test
    void floatMinAndMaxReturnTheFirstOfEqualsAsPythonDoes() {
        assertThat(Double.doubleToRawLongBits(Floats.min(0.0, -0.0))).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(Floats.max(-0.0, 0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Floats.min(1.0, Double.NaN)).isEqualTo(1.0);
        assertThat(Floats.min(Double.NaN, 1.0)).isNaN();
        assertThat(Floats.max(2.0, Double.NaN)).isEqualTo(2.0);
        assertThat(Floats.max(-1.0, 3.5)).isEqualTo(3.5);
    }

    @Test
    void typedDivisionFollowsPythonSigns() {
        assertThat(Ints.floorDiv(-7, 2)).isEqualTo(-4);
        assertThat(Ints.mod(-7, 2)).isEqualTo(1);
        assertThat(Ints.mod(7, -2)).isEqualTo(-1);
        assertThat(Floats.mod(-7.0, 2.0)).isEqualTo(1.0);
        assertThat(Floats.floorDiv(7.0, -2.0)).isEqualTo(-4.0);
        assertThat(Ints.trueDiv(1, 3)).isEqualTo(1.0 / 3);
        assertThatThrownBy(() -> Ints.mod(1, 0)).isInstanceOf(ZeroDivisionError.class)
                .hasMessage("integer modulo by zero");
        // a dividend already in range is the result, on either side of the divisor's sign
        assertThat(Ints.mod(0, 5)).isZero();
        assertThat(Ints.mod(4, 5)).isEqualTo(4);
        assertThat(Ints.mod(5, 5)).isZero();
        assertThat(Ints.mod(3, -5)).isEqualTo(-2);
        assertThat(Ints.mod(-1, 5)).isEqualTo(4);
    }

    @Test
    void dynamicArithmeticPromotesAndNormalises() {
        Object big = Py.add(Long.MAX_VALUE, 1L);
        assertThat(big).isEqualTo(BigInteger.ONE.shiftLeft(63));
        Object back = Py.sub(big, 1L);
        assertThat(back).isInstanceOf(Long.class).isEqualTo(Long.MAX_VALUE);
        assertThat(Py.mul(Long.MIN_VALUE, -1L)).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(Py.neg(Long.MIN_VALUE)).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(Py.repr(Py.pow(2L, 100L))).isEqualTo("1267650600228229401496703205376");
    }

    @Test
    void numbersOfDifferentTypesAreOneDictKey() {
        PyDict<Object, String> d = new PyDict<>();
        d.setItem(1L, "a");
        d.setItem(1.0, "b");
        d.setItem(true, "c");
        assertThat(d.repr()).isEqualTo("{1: 'c'}");
        PyDict<Object, String> t = new PyDict<>();
        t.setItem(true, "t");
        t.setItem(1L, "one");
        assertThat(t.repr()).isEqualTo("{True: 'one'}");
        assertThat(t.getItem(1.0)).isEqualTo("one");
        assertThat(Py.hash(1L)).isEqualTo(Py.hash(1.0)).isEqualTo(Py.hash(true));
        assertThat(Py.hash(-1L)).isEqualTo(-2);
    }

    @Test
    void typedStrOverloadsPrintAsPython() {
        assertThat(Py.str(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Py.str(1e16)).isEqualTo("1e+16");
        assertThat(Py.str(true)).isEqualTo("True");
        assertThat(Py.str(-3L)).isEqualTo("-3");
    }

    @Test
    void intAndFloatMethodsFollowCPython() {
        assertThat(Ints.bitLength(0L)).isZero();
        assertThat(Ints.bitLength(255L)).isEqualTo(8);
        assertThat(Ints.bitLength(-256L)).isEqualTo(9);
        assertThat(Ints.bitLength((Object) BigInteger.ONE.shiftLeft(100))).isEqualTo(101);
        assertThat(Ints.bitCount(-7L)).isEqualTo(3);
        assertThat(Floats.roundToLong(2.5)).isEqualTo(2);
        assertThat(Floats.roundToLong(-0.5)).isZero();
        assertThat(Floats.toLong(-2.7)).isEqualTo(-2);
        assertThatThrownBy(() -> Floats.toLong(Double.POSITIVE_INFINITY)).isInstanceOf(OverflowError.class)
                .hasMessage("cannot convert float infinity to integer");
        assertThatThrownBy(() -> Ints.abs(Long.MIN_VALUE)).isInstanceOf(OverflowError.class);
        assertThat(Ints.parseLong(" -1_000 ")).isEqualTo(-1000);
    }
}

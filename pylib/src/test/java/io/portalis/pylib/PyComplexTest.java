package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Complex arithmetic, repr, hash, parsing and formatting, each expectation taken from CPython 3.11. */
class PyComplexTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    private static PyComplex c(double re, double im) {
        return new PyComplex(re, im);
    }

    @Test
    void reprDropsAPositiveZeroRealPartAndKeepsEverySign() {
        assertThat(c(0.0, 1).repr()).isEqualTo("1j");
        assertThat(c(0.0, -0.0).repr()).isEqualTo("-0j");
        assertThat(c(-0.0, -1).repr()).isEqualTo("(-0-1j)");
        assertThat(c(-0.0, 0.0).repr()).isEqualTo("(-0+0j)");
        assertThat(c(-0.0, -0.0).repr()).isEqualTo("(-0-0j)");
        assertThat(c(1.5, 2.25).repr()).isEqualTo("(1.5+2.25j)");
        assertThat(c(1e16, 0).repr()).isEqualTo("(1e+16+0j)");
        assertThat(c(1e-5, 1e22).repr()).isEqualTo("(1e-05+1e+22j)");
    }

    @Test
    void reprOfNanAndInfinities() {
        assertThat(c(NAN, INF).repr()).isEqualTo("(nan+infj)");
        assertThat(c(INF, -INF).repr()).isEqualTo("(inf-infj)");
        assertThat(c(1, -NAN).repr()).isEqualTo("(1+nanj)");
        assertThat(c(0.0, -INF).repr()).isEqualTo("-infj");
        assertThat(Py.str(c(NAN, NAN))).isEqualTo("(nan+nanj)");
    }

    @Test
    void arithmeticMatchesCPythonDigitForDigit() {
        PyComplex a = c(3, 4);
        PyComplex b = c(1, -2);
        assertThat(a.add(b)).isEqualTo(c(4, 2));
        assertThat(a.mul(b)).isEqualTo(c(11, -2));
        assertThat(a.div(b)).isEqualTo(c(-1, 2));
        assertThat(a.pow(c(-2, 0)).repr()).isEqualTo("(-0.0112-0.0384j)");
        assertThat(b.pow(c(0.5, 0)).repr()).isEqualTo("(1.272019649514069-0.7861513777574233j)");
        assertThat(c(2, 0).pow(a).repr()).isEqualTo("(-7.461496614688569+2.885492725513448j)");
        assertThat(c(0, 1).pow(c(0, 1)).repr()).isEqualTo("(0.20787957635076193+0j)");
        assertThat(a.abs()).isEqualTo(5.0);
        assertThat(a.conjugate()).isEqualTo(c(3, -4));
    }

    @Test
    void mixedOperandsBecomeComplexFirst() {
        assertThat(Py.repr(Py.mul(2L, c(INF, 0)))).isEqualTo("(inf+nanj)");
        assertThat(Py.repr(Py.add(c(0, 1), 1L))).isEqualTo("(1+1j)");
        assertThat(Py.repr(Py.trueDiv(2L, c(3, 4)))).isEqualTo("(0.24-0.32j)");
        assertThat(Py.repr(Py.pow(-8L, 1.0 / 3))).isEqualTo("(1.0000000000000002+1.7320508075688772j)");
        assertThat(Py.repr(Py.neg(c(0.0, 0.0)))).isEqualTo("(-0-0j)");
    }

    @Test
    void infinitiesAndNansPropagateAsInCPython() {
        assertThat(c(INF, INF).div(c(1, 0)).repr()).isEqualTo("(nan+nanj)");
        assertThat(c(1e200, 1e200).pow(c(2, 0)).repr()).isEqualTo("(nan+nanj)");
        assertThat(c(INF, NAN).abs()).isEqualTo(INF);
    }

    @Test
    void errorsCarryCPythonsMessages() {
        assertThatThrownBy(() -> c(1, 1).div(c(0, 0))).isInstanceOf(ZeroDivisionError.class)
                .hasMessage("complex division by zero");
        assertThatThrownBy(() -> c(0, 0).pow(c(-1, 0))).isInstanceOf(ZeroDivisionError.class)
                .hasMessage("0.0 to a negative or complex power");
        assertThatThrownBy(() -> c(0, 0).pow(c(0, 1))).isInstanceOf(ZeroDivisionError.class)
                .hasMessage("0.0 to a negative or complex power");
        assertThatThrownBy(() -> c(2, 0).pow(c(10000, 0))).isInstanceOf(OverflowError.class)
                .hasMessage("complex exponentiation");
        assertThatThrownBy(() -> c(1.7e308, 1.7e308).abs()).isInstanceOf(OverflowError.class)
                .hasMessage("absolute value too large");
        assertThatThrownBy(() -> Py.lt(c(0, 1), 2L)).isInstanceOf(TypeError.class)
                .hasMessage("'<' not supported between instances of 'complex' and 'int'");
        assertThatThrownBy(() -> Py.floorDiv(c(0, 1), 2L)).isInstanceOf(TypeError.class)
                .hasMessage("unsupported operand type(s) for //: 'complex' and 'int'");
    }

    @Test
    void equalValuesOfEveryNumericTypeHashAlike() {
        assertThat(Py.eq(c(1, 0), 1L)).isTrue();
        assertThat(Py.eq(1.5, c(1.5, 0))).isTrue();
        assertThat(Py.eq(c(1, 1), 1L)).isFalse();
        assertThat(Py.eq(c(0.0, -0.0), 0L)).isTrue();
        PyComplex withNan = c(NAN, 0);
        assertThat(Py.eq(withNan, withNan)).isFalse();
        assertThat(Py.hash(c(1.5, 0))).isEqualTo(1152921504606846977L).isEqualTo(Py.hash(1.5));
        assertThat(Py.hash(c(-1, 0))).isEqualTo(-2);
        assertThat(Py.hash(c(0, 1))).isEqualTo(1000003);
        assertThat(Py.hash(c(0x1p61, 1))).isEqualTo(1000004);
        assertThat(Py.hash(c(INF, -INF))).isEqualTo(-314159628318L);
        assertThat(Py.hash(c(1e-5, 1e22))).isEqualTo(-6203861821888449992L);
        PyDict<Object, String> d = new PyDict<>();
        d.setItem(1L, "a");
        d.setItem(c(1, 0), "b");
        assertThat(d.repr()).isEqualTo("{1: 'b'}");
    }

    @Test
    void parsesEveryFormTheConstructorAccepts() {
        assertThat(PyComplex.parse(" ( 1-2j ) ")).isEqualTo(c(1, -2));
        assertThat(PyComplex.parse("-J")).isEqualTo(c(0, -1));
        assertThat(PyComplex.parse("1+j")).isEqualTo(c(1, 1));
        assertThat(PyComplex.parse("1e-3-1E+3j")).isEqualTo(c(0.001, -1000));
        assertThat(PyComplex.parse("infinity+nanj").repr()).isEqualTo("(inf+nanj)");
        assertThat(PyComplex.parse("1_000+2_0j")).isEqualTo(c(1000, 20));
        assertThat(PyComplex.parse("5.j")).isEqualTo(c(0, 5));
        for (String bad : new String[] {"abc", "1+2", "", "(1+2j", "1 + 2j", "--1j", "1e", "j1", "1jj", "()"}) {
            assertThatThrownBy(() -> PyComplex.parse(bad)).as(bad).isInstanceOf(ValueError.class)
                    .hasMessage("complex() arg is a malformed string");
        }
        assertThatThrownBy(() -> PyComplex.parse("1__0j")).isInstanceOf(ValueError.class)
                .hasMessage("could not convert string to complex: '1__0j'");
    }

    @Test
    void constructorCombinesComplexParts() {
        assertThat(PyComplex.construct(c(0, 1), c(0, 1), true)).isEqualTo(c(-1, 1));
        assertThat(PyComplex.construct(-0.0, -0.0, true).repr()).isEqualTo("(-0-0j)");
        assertThatThrownBy(() -> PyComplex.construct("1", 2L, true)).isInstanceOf(TypeError.class)
                .hasMessage("complex() can't take second arg if first is a string");
        assertThatThrownBy(() -> PyComplex.construct(null, null, false)).isInstanceOf(TypeError.class)
                .hasMessage("complex() first argument must be a string or a number, not 'NoneType'");
    }

    @Test
    void formatSpecsFormatEachPartAndPadTheWhole() {
        PyComplex z = c(-1234.5678, 0.001);
        assertThat(PyFormat.format(z, "")).isEqualTo("(-1234.5678+0.001j)");
        assertThat(PyFormat.format(z, "^24.3e")).isEqualTo(" -1.235e+03+1.000e-03j  ");
        assertThat(PyFormat.format(z, ",.2f")).isEqualTo("-1,234.57+0.00j");
        assertThat(PyFormat.format(z, ".3")).isEqualTo("(-1.23e+03+0.001j)");
        assertThat(PyFormat.format(c(0, 1), "+")).isEqualTo("+1j");
        assertThat(PyFormat.format(c(0, 1), "+.3g")).isEqualTo("+0+1j");
        assertThat(PyFormat.format(c(-0.0, -0.0), "z.1f")).isEqualTo("0.0+0.0j");
        assertThat(PyFormat.format(c(NAN, INF), "G")).isEqualTo("NAN+INFj");
        assertThatThrownBy(() -> PyFormat.format(z, "010")).isInstanceOf(ValueError.class)
                .hasMessage("Zero padding is not allowed in complex format specifier");
        assertThatThrownBy(() -> PyFormat.format(z, "%")).isInstanceOf(ValueError.class)
                .hasMessage("Unknown format code '%' for object of type 'complex'");
    }
}

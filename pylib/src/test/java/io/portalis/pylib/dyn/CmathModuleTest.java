package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.OverflowError;
import io.portalis.pylib.PyComplex;
import io.portalis.pylib.ValueError;
import org.junit.jupiter.api.Test;

/** cmath's formulas and special values, each expectation taken from CPython 3.11. */
class CmathModuleTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private final PyModule cmath = Modules.load("cmath");

    private Object call(String fn, Object... args) {
        return ((PyCallable) cmath.attr(fn)).call(args, PyCallable.NO_KW);
    }

    @Test
    void squareRootsKeepTheSignOfAZeroImaginaryPart() {
        assertThat(CmathModule.sqrt(new PyComplex(-4, -0.0)).repr()).isEqualTo("-2j");
        assertThat(CmathModule.sqrt(new PyComplex(-4, 0.0)).repr()).isEqualTo("2j");
        assertThat(CmathModule.sqrt(new PyComplex(1e-320, 1e-320)).repr())
                .isEqualTo("(1.0986779977260263e-160+4.5508732733903664e-161j)");
    }

    @Test
    void specialValuesComeFromCPythonsTable() {
        assertThat(CmathModule.sqrt(new PyComplex(-INF, NAN)).repr()).isEqualTo("(nan+infj)");
        assertThat(CmathModule.exp(new PyComplex(-INF, 1.0)).repr()).isEqualTo("0j");
        assertThat(CmathModule.exp(new PyComplex(INF, 2.0)).repr()).isEqualTo("(-inf+infj)");
        assertThatThrownBy(() -> CmathModule.exp(new PyComplex(1, INF))).isInstanceOf(ValueError.class)
                .hasMessage("math domain error");
    }

    @Test
    void logarithmsFailAsCPythonsDo() {
        assertThat(call("log", 8L, 2L)).isEqualTo(new PyComplex(3, 0));
        assertThat(((PyComplex) call("log", 0L, 2L)).repr()).isEqualTo("(-inf+nanj)");
        assertThatThrownBy(() -> call("log", 0L)).isInstanceOf(ValueError.class).hasMessage("math domain error");
        assertThatThrownBy(() -> call("log", 5L, 1L)).isInstanceOf(ValueError.class);
        assertThatThrownBy(() -> call("exp", 1000L)).isInstanceOf(OverflowError.class)
                .hasMessage("math range error");
    }

    @Test
    void inverseFunctionsTakeTheSideOfTheBranchCutThatTheZerosSignSays() {
        assertThat(CmathModule.acos(new PyComplex(2, 0.0)).repr()).isEqualTo("-1.3169578969248166j");
        assertThat(CmathModule.acos(new PyComplex(2, -0.0)).repr()).isEqualTo("1.3169578969248166j");
        assertThat(CmathModule.atanh(new PyComplex(2, -0.0)).repr())
                .isEqualTo("(0.5493061443340549-1.5707963267948966j)");
        assertThat(CmathModule.asinh(new PyComplex(-0.0, -2)).repr())
                .isEqualTo("(-1.3169578969248166-1.5707963267948966j)");
        assertThatThrownBy(() -> call("atanh", -1L)).isInstanceOf(ValueError.class).hasMessage("math domain error");
        assertThatThrownBy(() -> call("atan", new PyComplex(0, 1))).isInstanceOf(ValueError.class);
    }

    @Test
    void anglesAndModuliRoundAsTheCLibraryDoes() {
        // Math.atan2 gives the neighbouring double for these two
        assertThat(CmathModule.atan2(1.515929727227629, 2.8872335113551317)).isEqualTo(0.483482877293477);
        assertThat(CmathModule.atan2(4.391491627785106, -1.1879576231178754)).isEqualTo(1.8349866774946153);
        assertThat(CmathModule.hypot(4.780171359446247, 4.739137435296747)).isEqualTo(6.731230337486692);
        assertThat(CmathModule.hypot(3, 4)).isEqualTo(5.0);
        assertThat(CmathModule.hypot(1e-320, 1e-320)).isEqualTo(1.414e-320);
        assertThat(io.portalis.pylib.stdlib.MathModule.asinh(0.5)).isEqualTo(0.48121182505960347);
    }
}

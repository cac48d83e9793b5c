package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import io.portalis.pylib.stdlib.Arctangent;
import io.portalis.pylib.stdlib.LibraryLog;
import io.portalis.pylib.stdlib.LibrarySin;
import io.portalis.pylib.stdlib.MathModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Python's {@code cmath}, in part: {@code sqrt}, {@code exp}, {@code log}, {@code log10}, the circular and
 * hyperbolic {@code sin}, {@code cos}, {@code tan}, {@code sinh}, {@code cosh}, {@code tanh}, {@code phase},
 * {@code polar}, {@code rect}, {@code isnan}, {@code isinf}, {@code isfinite}, {@code isclose}, the inverse
 * {@code acos}, {@code asin}, {@code atan}, {@code acosh}, {@code asinh}, {@code atanh} and the constants.
 * Finite arguments go through CPython's formulas (rescaled where a part is huge or subnormal); an argument with an
 * infinite or NaN part gets CPython's special value, from a table of CPython's results by the class of each part
 * (regenerated and checked by {@code scripts/cpython-cmath-special-values}). The inverse functions keep C99's
 * branch cuts, on which the sign of a zero part chooses the side.
 */
final class CmathModule {
    private static final double LARGE = Double.MAX_VALUE / 4;
    private static final double LOG_LARGE = Math.log(LARGE);
    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;
    private static final int MANTISSA = 53;
    /** Past this, the inverse hyperbolic tangent is {@code 1/z} plus a quarter turn. */
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double SQRT_MIN = Math.sqrt(Double.MIN_NORMAL);
    /** Results by {@code "fn CLASS CLASS"}: a {@link PyComplex}, or the name of the exception CPython raises. */
    private static final Map<String, Object> SPECIAL = load();

    private CmathModule() {
    }

    private static Map<String, Object> load() {
        Map<String, Object> table = new HashMap<>();
        try (InputStream in = CmathModule.class.getResourceAsStream("cmath-special-values.txt")) {
            if (in == null) {
                throw new IllegalStateException("cmath-special-values.txt is missing from pylib");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.indexOf(": ");
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                String[] parts = line.substring(colon + 2).split(" ");
                table.put(line.substring(0, colon), parts.length == 1 ? parts[0]
                        : new PyComplex(Floats.parse(parts[0]), Floats.parse(parts[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /**
     * The module as a value.
     *
     * @return {@code cmath}
     */
    static PyModule module() {
        PyModule m = new PyModule("cmath");
        m.put("pi", Math.PI).put("e", Math.E).put("tau", 2 * Math.PI).put("inf", Double.POSITIVE_INFINITY)
                .put("nan", Double.NaN).put("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY))
                .put("nanj", new PyComplex(0.0, Double.NaN));
        m.put("sqrt", unary("sqrt", CmathModule::sqrt));
        m.put("exp", unary("exp", CmathModule::exp));
        m.put("sinh", unary("sinh", CmathModule::sinh));
        m.put("cosh", unary("cosh", CmathModule::cosh));
        m.put("tanh", unary("tanh", CmathModule::tanh));
        // sin(z) = -i sinh(iz), cos(z) = cosh(iz), tan(z) = -i tanh(iz)
        m.put("sin", unary("sin", z -> rotateBack(sinh(rotate(z)))));
        m.put("cos", unary("cos", z -> cosh(rotate(z))));
        m.put("tan", unary("tan", z -> rotateBack(tanh(rotate(z)))));
        m.put("log10", unary("log10", z -> {
            boolean[] domain = new boolean[1];
            PyComplex r = log(z, domain);
            if (domain[0]) {
                throw domainError();
            }
            return new PyComplex(r.real() / LN10, r.imag() / LN10);
        }));
        m.put("log", (PyCallable) (a, k) -> {
            Args.range("log", a, k, 1, 2);
            boolean[] domain = new boolean[1];
            PyComplex x = log(complexArg(a[0]), domain);
            if (a.length == 2) {
                // as in CPython, only the base's logarithm and the division decide the error
                PyComplex y = log(complexArg(a[1]), domain);
                if (y.real() == 0.0 && y.imag() == 0.0) {
                    throw domainError();
                }
                x = x.div(y);
            }
            if (domain[0]) {
                throw domainError();
            }
            return x;
        });
        m.put("phase", (PyCallable) (a, k) -> {
            Args.exact("cmath.phase", a, k, 1);
            PyComplex z = complexArg(a[0]);
            return atan2(z.imag(), z.real());
        });
        m.put("polar", (PyCallable) (a, k) -> {
            Args.exact("cmath.polar", a, k, 1);
            PyComplex z = complexArg(a[0]);
            double r = modulus(z);
            if (Double.isInfinite(r) && Double.isFinite(z.real()) && Double.isFinite(z.imag())) {
                throw rangeError();
            }
            return PyTuple.of(r, atan2(z.imag(), z.real()));
        });
        m.put("rect", (PyCallable) (a, k) -> {
            Args.noKw("rect", k);
            if (a.length != 2) {
                throw new TypeError("rect expected 2 arguments, got " + a.length);
            }
            return rect(Py.asDouble(a[0]), Py.asDouble(a[1]));
        });
        m.put("isnan", unaryTest("isnan", z -> Double.isNaN(z.real()) || Double.isNaN(z.imag())));
        m.put("isinf", unaryTest("isinf", z -> Double.isInfinite(z.real()) || Double.isInfinite(z.imag())));
        m.put("isfinite", unaryTest("isfinite", z -> Double.isFinite(z.real()) && Double.isFinite(z.imag())));
        m.put("isclose", (PyCallable) CmathModule::isclose);
        m.put("acos", unary("acos", CmathModule::acos));
        m.put("acosh", unary("acosh", CmathModule::acosh));
        m.put("asinh", unary("asinh", CmathModule::asinh));
        m.put("atanh", unary("atanh", CmathModule::atanh));
        // asin(z) = -i asinh(iz), atan(z) = -i atanh(iz)
        m.put("asin", unary("asin", z -> rotateBack(asinh(rotate(z)))));
        m.put("atan", unary("atan", z -> rotateBack(atanh(rotate(z)))));
        return m;
    }

    private static PyCallable unary(String name, UnaryOperator<PyComplex> f) {
        return (a, k) -> {
            Args.exact("cmath." + name, a, k, 1);
            return f.apply(complexArg(a[0]));
        };
    }

    private static PyCallable unaryTest(String name, java.util.function.Predicate<PyComplex> f) {
        return (a, k) -> {
            Args.exact("cmath." + name, a, k, 1);
            return f.test(complexArg(a[0]));
        };
    }

    private static PyComplex complexArg(Object v) {
        PyComplex z = PyComplex.of(v);
        if (z == null) {
            throw new TypeError("must be real number, not " + Py.typeName(v));
        }
        return z;
    }

    private static ValueError domainError() {
        return new ValueError("math domain error");
    }

    private static OverflowError rangeError() {
        return new OverflowError("math range error");
    }

    /** The class of a part, as CPython's special-value tables index it. */
    private static String kind(double x) {
        if (Double.isNaN(x)) {
            return "NAN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "PINF" : "NINF";
        }
        if (x == 0) {
            return 1 / x > 0 ? "PZERO" : "NZERO";
        }
        return x > 0 ? "POS" : "NEG";
    }

    /** CPython's result for an argument with an infinite or NaN part; throws where CPython raises. */
    private static PyComplex special(String fn, double x, double y) {
        Object r = SPECIAL.get(fn + " " + kind(x) + " " + kind(y));
        if (r instanceof PyComplex c) {
            return c;
        }
        throw "ValueError".equals(r) ? domainError() : rangeError();
    }

    static PyComplex sqrt(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return special("sqrt", x, y);
        }
        if (x == 0.0 && y == 0.0) {
            return new PyComplex(0.0, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot of subnormals loses precision: scale up by 2**53 first, and the root down by 2**-27
            ax = Math.scalb(ax, MANTISSA);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, MANTISSA))), -(MANTISSA + 1) / 2);
        } else {
            // the eighths keep x + hypot(x, y) from overflowing
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0.0 ? new PyComplex(s, Math.copySign(d, y)) : new PyComplex(d, Math.copySign(s, y));
    }

    static PyComplex exp(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
                double scale = x > 0 ? Double.POSITIVE_INFINITY : 0.0;
                return new PyComplex(Math.copySign(scale, LibrarySin.cos(y)), Math.copySign(scale, LibrarySin.sin(y)));
            }
            return special("exp", x, y);
        }
        PyComplex r;
        if (x > LOG_LARGE) {
            // exp(x) alone would overflow where exp(x) * cos(y) does not
            double l = Math.exp(x - 1.0);
            r = new PyComplex(l * LibrarySin.cos(y) * Math.E, l * LibrarySin.sin(y) * Math.E);
        } else {
            double l = Math.exp(x);
            r = new PyComplex(l * LibrarySin.cos(y), l * LibrarySin.sin(y));
        }
        return checkRange(r);
    }

    /** {@code i z}. */
    private static PyComplex rotate(PyComplex z) {
        return new PyComplex(-z.imag(), z.real());
    }

    /** {@code -i z}. */
    private static PyComplex rotateBack(PyComplex z) {
        return new PyComplex(z.imag(), -z.real());
    }

    static PyComplex sinh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
                double re = Math.copySign(Double.POSITIVE_INFINITY, LibrarySin.cos(y));
                return new PyComplex(x > 0 ? re : -re, Math.copySign(Double.POSITIVE_INFINITY, LibrarySin.sin(y)));
            }
            return special("sinh", x, y);
        }
        PyComplex r;
        if (Math.abs(x) > LOG_LARGE) {
            // sinh(x) alone would overflow where the product does not
            double xm1 = x - Math.copySign(1.0, x);
            r = new PyComplex(LibrarySin.cos(y) * Math.sinh(xm1) * Math.E, LibrarySin.sin(y) * Math.cosh(xm1) * Math.E);
        } else {
            r = new PyComplex(LibrarySin.cos(y) * Math.sinh(x), LibrarySin.sin(y) * Math.cosh(x));
        }
        return checkRange(r);
    }

    static PyComplex cosh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
                double im = Math.copySign(Double.POSITIVE_INFINITY, LibrarySin.sin(y));
                return new PyComplex(Math.copySign(Double.POSITIVE_INFINITY, LibrarySin.cos(y)), x > 0 ? im : -im);
            }
            return special("cosh", x, y);
        }
        PyComplex r;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            r = new PyComplex(LibrarySin.cos(y) * Math.cosh(xm1) * Math.E, LibrarySin.sin(y) * Math.sinh(xm1) * Math.E);
        } else {
            r = new PyComplex(LibrarySin.cos(y) * Math.cosh(x), LibrarySin.sin(y) * Math.sinh(x));
        }
        return checkRange(r);
    }

    static PyComplex tanh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) && Double.isFinite(y) && y != 0.0) {
                double im = Math.copySign(0.0, 2.0 * LibrarySin.sin(y) * LibrarySin.cos(y));
                return new PyComplex(x > 0 ? 1.0 : -1.0, im);
            }
            return special("tanh", x, y);
        }
        if (Math.abs(x) > LOG_LARGE) {
            // 1 - tanh(x)**2 is 4 exp(-2|x|) there, and cosh(x) would overflow
            return new PyComplex(Math.copySign(1.0, x),
                    4.0 * LibrarySin.sin(y) * LibrarySin.cos(y) * Math.exp(-2.0 * Math.abs(x)));
        }
        double tx = Math.tanh(x);
        double ty = Math.tan(y);
        double cx = 1.0 / Math.cosh(x);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new PyComplex(tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx);
    }

    private static PyComplex checkRange(PyComplex r) {
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            throw rangeError();
        }
        return r;
    }

    /** CPython's {@code c_log}: sets {@code domain[0]} as CPython sets {@code errno}, for log(0), and clears it. */
    private static PyComplex log(PyComplex z, boolean[] domain) {
        double x = z.real();
        double y = z.imag();
        domain[0] = false;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return special("log", x, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = LibraryLog.log(hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax == 0.0 && ay == 0.0) {
                domain[0] = true;
                return new PyComplex(Double.NEGATIVE_INFINITY, atan2(y, x));
            }
            re = LibraryLog.log(hypot(Math.scalb(ax, MANTISSA), Math.scalb(ay, MANTISSA))) - MANTISSA * LN2;
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // near |z| = 1, log1p keeps the digits log(h) would cancel
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = Math.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = LibraryLog.log(h);
            }
        }
        return new PyComplex(re, atan2(y, x));
    }

    /** {@code atan2(y, x)} correctly rounded, as the C library CPython uses gives it for all but rare angles. */
    static double atan2(double y, double x) {
        return Arctangent.atan2(y, x);
    }

    /**
     * {@code hypot(x, y)} as the C library CPython uses computes it: the square root of the sum of squares, then one
     * correction step from the rounding errors of the squares (Borges' method), which makes it correctly rounded in
     * nearly every case. {@link Math#hypot} is often one unit in the last place away.
     */
    static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.isInfinite(x) || Double.isInfinite(y) ? Double.POSITIVE_INFINITY : x + y;
        }
        double ax = Math.max(Math.abs(x), Math.abs(y));
        double ay = Math.min(Math.abs(x), Math.abs(y));
        if (ax > 0x1p511) {
            return ay <= ax * 0x1p-54 ? ax + ay : hypotKernel(ax * 0x1p-600, ay * 0x1p-600) / 0x1p-600;
        }
        if (ay < 0x1p-511) {
            return ax >= ay / 0x1p-54 ? ax + ay : hypotKernel(ax / 0x1p-600, ay / 0x1p-600) * 0x1p-600;
        }
        return ay <= ax * 0x1p-54 ? ax + ay : hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    /** {@code log(|z|)} for a huge {@code z}, without overflowing the modulus. */
    private static double logHuge(double x, double y) {
        return LibraryLog.log(hypot(x / 2.0, y / 2.0)) + 2 * LN2;
    }

    static PyComplex acos(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return special("acos", x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = logHuge(x, y);
            return new PyComplex(atan2(Math.abs(y), x), x < 0 ? -Math.copySign(l, y) : Math.copySign(l, -y));
        }
        PyComplex s1 = sqrt(new PyComplex(1.0 - x, -y));
        PyComplex s2 = sqrt(new PyComplex(1.0 + x, y));
        return new PyComplex(2.0 * atan2(s1.real(), s2.real()),
                MathModule.asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
    }

    static PyComplex acosh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return special("acosh", x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new PyComplex(logHuge(x, y), atan2(y, x));
        }
        PyComplex s1 = sqrt(new PyComplex(x - 1.0, y));
        PyComplex s2 = sqrt(new PyComplex(x + 1.0, y));
        return new PyComplex(MathModule.asinh(s1.real() * s2.real() + s1.imag() * s2.imag()),
                2.0 * atan2(s1.imag(), s2.real()));
    }

    static PyComplex asinh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return special("asinh", x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = logHuge(x, y);
            return new PyComplex(y >= 0.0 ? Math.copySign(l, x) : -Math.copySign(l, -x),
                    atan2(y, Math.abs(x)));
        }
        PyComplex s1 = sqrt(new PyComplex(1.0 + y, -x));
        PyComplex s2 = sqrt(new PyComplex(1.0 - y, x));
        return new PyComplex(MathModule.asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
                atan2(y, s1.real() * s2.real() - s1.imag() * s2.imag()));
    }

    /**
     * {@code atanh(z)}, by CPython's formulas for {@code Re z >= 0} and {@code atanh(-z) = -atanh(z)}.
     *
     * @throws ValueError {@code math domain error} at the singularities {@code 1} and {@code -1}
     */
    static PyComplex atanh(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return special("atanh", x, y);
        }
        if (x < 0.0) {
            PyComplex r = atanh(new PyComplex(-x, -y));
            return new PyComplex(-r.real(), -r.imag());
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = hypot(x / 2.0, y / 2.0);
            return new PyComplex(x / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -y));
        }
        if (x == 1.0 && ay < SQRT_MIN) {
            if (ay == 0.0) {
                throw domainError();
            }
            return new PyComplex(-LibraryLog.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0))),
                    Math.copySign(atan2(2.0, -ay) / 2, y));
        }
        return new PyComplex(Math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                -atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    static PyComplex rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                double sign = r > 0 ? 1.0 : -1.0;
                return new PyComplex(sign * Math.copySign(Double.POSITIVE_INFINITY, LibrarySin.cos(phi)),
                        sign * Math.copySign(Double.POSITIVE_INFINITY, LibrarySin.sin(phi)));
            }
            return special("rect", r, phi);
        }
        if (phi == 0.0) {
            return new PyComplex(r, r * phi);
        }
        return new PyComplex(r * LibrarySin.cos(phi), r * LibrarySin.sin(phi));
    }

    /** The modulus: infinite when a part is, even if the other is NaN, else NaN when a part is. */
    private static double modulus(PyComplex z) {
        double x = z.real();
        double y = z.imag();
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return hypot(x, y);
    }

    private static Object isclose(Object[] a, String[] k) {
        Args.onlyKw("isclose", k, "rel_tol", "abs_tol");
        int n = a.length - k.length;
        if (n < 2) {
            throw new TypeError("isclose() missing required argument '" + (n == 0 ? "a" : "b") + "' (pos "
                    + (n + 1) + ")");
        }
        if (n > 2) {
            throw new TypeError("isclose() takes exactly 2 positional arguments (" + n + " given)");
        }
        PyComplex x = complexArg(a[0]);
        PyComplex y = complexArg(a[1]);
        double rel = Py.asDouble(Args.kw(a, k, "rel_tol", 1e-09));
        double abs = Py.asDouble(Args.kw(a, k, "abs_tol", 0.0));
        if (rel < 0.0 || abs < 0.0) {
            throw new ValueError("tolerances must be non-negative");
        }
        if (x.real() == y.real() && x.imag() == y.imag()) {
            return true;
        }
        if (Double.isInfinite(x.real()) || Double.isInfinite(x.imag()) || Double.isInfinite(y.real())
                || Double.isInfinite(y.imag())) {
            return false;
        }
        double diff = modulus(x.sub(y));
        return diff <= rel * modulus(y) || diff <= rel * modulus(x) || diff <= abs;
    }
}

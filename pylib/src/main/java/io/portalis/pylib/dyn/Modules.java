package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import java.math.BigInteger;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/** The standard-library modules translated programs may import, as module values. */
public final class Modules {
    /** The modules {@link #load} knows. */
    public static final Set<String> NAMES = Set.of("sys", "math", "time", "dataclasses", "random", "collections",
            "itertools", "functools", "json", "string", "operator", "enum");

    private Modules() {
    }

    /**
     * {@code import name}.
     *
     * @param name the module
     * @return the module
     * @throws ModuleNotFoundError for a module not provided
     */
    public static PyModule load(String name) {
        return switch (name) {
            case "sys" -> sys();
            case "math" -> math();
            case "time" -> time();
            case "dataclasses" -> Dataclasses.module();
            case "random" -> StdModules.random();
            case "collections" -> StdModules.collections();
            case "itertools" -> StdModules.itertools();
            case "functools" -> StdModules.functools();
            case "json" -> StdModules.json();
            case "string" -> StdModules.string();
            case "operator" -> StdModules.operator();
            case "enum" -> Enums.module();
            default -> throw new ModuleNotFoundError("No module named '" + name + "'");
        };
    }

    private static PyModule sys() {
        PyModule m = new PyModule("sys");
        m.put("argv", Sys.argv).put("maxsize", Sys.maxsize).put("stdout", Sys.stdout).put("stderr", Sys.stderr)
                .put("stdin", StdinFile.INSTANCE);
        m.put("exit", (PyCallable) (a, k) -> {
            Args.range("exit", a, k, 0, 1);
            if (a.length == 0) {
                Sys.exit();
            }
            Sys.exit(a[0]);
            return null;
        });
        m.put("version_info", PyTuple.of(3L, 11L, 0L, "final", 0L));
        m.put("version", "3.11.0");
        m.put("platform", "linux");
        m.put("byteorder", "little");
        m.put("getrecursionlimit", (PyCallable) (a, k) -> Sys.getrecursionlimit());
        m.put("setrecursionlimit", (PyCallable) (a, k) -> null);
        return m;
    }

    private static PyModule time() {
        PyModule m = new PyModule("time");
        long origin = System.nanoTime();
        m.put("time", (PyCallable) (a, k) -> System.currentTimeMillis() / 1000.0);
        m.put("time_ns", (PyCallable) (a, k) -> System.currentTimeMillis() * 1_000_000L);
        m.put("perf_counter", (PyCallable) (a, k) -> (System.nanoTime() - origin) / 1e9);
        m.put("perf_counter_ns", (PyCallable) (a, k) -> System.nanoTime() - origin);
        m.put("monotonic", (PyCallable) (a, k) -> (System.nanoTime() - origin) / 1e9);
        m.put("process_time", (PyCallable) (a, k) -> (System.nanoTime() - origin) / 1e9);
        m.put("sleep", (PyCallable) (a, k) -> {
            double s = num(a[0]);
            if (s < 0) {
                throw new ValueError("sleep length must be non-negative");
            }
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KeyboardInterrupt();
            }
            return null;
        });
        return m;
    }

    private static double num(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> l;
            case Boolean b -> b ? 1 : 0;
            case BigInteger b -> Ints.toDouble(b);
            case null, default -> throw new TypeError("must be real number, not " + Py.typeName(v));
        };
    }

    private static ValueError domain() {
        return new ValueError("math domain error");
    }

    private static double checked(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw new OverflowError("math range error");
        }
        return r;
    }

    private static PyCallable f1(DoubleUnaryOperator f) {
        return (a, k) -> {
            Args.exact("math function", a, k, 1);
            double x = num(a[0]);
            return checked(f.applyAsDouble(x), x);
        };
    }

    private static Object toIntegral(double x, boolean ceil) {
        if (Double.isNaN(x)) {
            throw new ValueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new OverflowError("cannot convert float infinity to integer");
        }
        return Floats.toInt(ceil ? Math.ceil(x) : Math.floor(x));
    }

    private static PyModule math() {
        PyModule m = new PyModule("math");
        m.put("pi", Math.PI).put("e", Math.E).put("tau", 2 * Math.PI).put("inf", Double.POSITIVE_INFINITY)
                .put("nan", Double.NaN);
        m.put("sqrt", (PyCallable) (a, k) -> {
            double x = num(a[0]);
            if (x < 0) {
                throw domain();
            }
            return Math.sqrt(x);
        });
        m.put("exp", f1(StrictMath::exp));
        m.put("sin", f1(StrictMath::sin));
        m.put("cos", f1(StrictMath::cos));
        m.put("tan", f1(StrictMath::tan));
        m.put("asin", f1(StrictMath::asin));
        m.put("acos", f1(StrictMath::acos));
        m.put("atan", f1(StrictMath::atan));
        m.put("sinh", f1(StrictMath::sinh));
        m.put("cosh", f1(StrictMath::cosh));
        m.put("tanh", f1(StrictMath::tanh));
        m.put("fabs", f1(Math::abs));
        m.put("degrees", f1(Math::toDegrees));
        m.put("radians", f1(Math::toRadians));
        m.put("atan2", (PyCallable) (a, k) -> StrictMath.atan2(num(a[0]), num(a[1])));
        m.put("hypot", (PyCallable) (a, k) -> {
            double s = 0;
            if (a.length == 2) {
                return Math.hypot(num(a[0]), num(a[1]));
            }
            for (Object o : a) {
                s += num(o) * num(o);
            }
            return Math.sqrt(s);
        });
        m.put("copysign", (PyCallable) (a, k) -> Math.copySign(num(a[0]), num(a[1])));
        m.put("fmod", (PyCallable) (a, k) -> {
            double y = num(a[1]);
            if (y == 0) {
                throw domain();
            }
            return num(a[0]) % y;
        });
        m.put("pow", (PyCallable) (a, k) -> {
            double x = num(a[0]);
            double y = num(a[1]);
            double r = StrictMath.pow(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                if (x == 0) {
                    throw domain();
                }
                throw new OverflowError("math range error");
            }
            return r;
        });
        m.put("log", (PyCallable) (a, k) -> {
            double r = log(a[0]);
            return a.length > 1 ? r / log(a[1]) : r;
        });
        m.put("log2", (PyCallable) (a, k) -> log(a[0]) / Math.log(2));
        m.put("log10", (PyCallable) (a, k) -> {
            if (a[0] instanceof Double d) {
                if (d <= 0) {
                    throw domain();
                }
                return Math.log10(d);
            }
            return log(a[0]) / Math.log(10);
        });
        m.put("floor", (PyCallable) (a, k) -> Ints.isInt(a[0]) ? Builtins.toInt(a[0]) : toIntegral(num(a[0]), false));
        m.put("ceil", (PyCallable) (a, k) -> Ints.isInt(a[0]) ? Builtins.toInt(a[0]) : toIntegral(num(a[0]), true));
        m.put("trunc", (PyCallable) (a, k) -> Builtins.toInt(a[0]));
        m.put("isnan", (PyCallable) (a, k) -> Double.isNaN(num(a[0])));
        m.put("isinf", (PyCallable) (a, k) -> Double.isInfinite(num(a[0])));
        m.put("isfinite", (PyCallable) (a, k) -> Double.isFinite(num(a[0])));
        m.put("isclose", (PyCallable) (a, k) -> {
            double x = num(a[0]);
            double y = num(a[1]);
            double rel = num(Args.kw(a, k, "rel_tol", 1e-9));
            double abs = num(Args.kw(a, k, "abs_tol", 0.0));
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double d = Math.abs(x - y);
            return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
        });
        m.put("factorial", (PyCallable) (a, k) -> {
            if (!Ints.isInt(a[0])) {
                throw new TypeError("'" + Py.typeName(a[0]) + "' object cannot be interpreted as an integer");
            }
            long n = Ints.toLong(a[0]);
            if (n < 0) {
                throw new ValueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Ints.normalize(r);
        });
        m.put("gcd", (PyCallable) (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(Ints.big(o));
            }
            return Ints.normalize(g);
        });
        m.put("lcm", (PyCallable) (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger b = Ints.big(o).abs();
                if (b.signum() == 0) {
                    return 0L;
                }
                l = l.divide(l.gcd(b)).multiply(b);
            }
            return Ints.normalize(l);
        });
        m.put("isqrt", (PyCallable) (a, k) -> {
            BigInteger b = Ints.big(a[0]);
            if (b.signum() < 0) {
                throw new ValueError("isqrt() argument must be nonnegative");
            }
            return Ints.normalize(b.sqrt());
        });
        m.put("comb", (PyCallable) (a, k) -> {
            long n = Ints.toLong(a[0]);
            long r = Ints.toLong(a[1]);
            if (n < 0 || r < 0) {
                throw new ValueError((n < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (r > n) {
                return 0L;
            }
            BigInteger c = BigInteger.ONE;
            r = Math.min(r, n - r);
            for (long i = 0; i < r; i++) {
                c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return Ints.normalize(c);
        });
        m.put("perm", (PyCallable) (a, k) -> {
            long n = Ints.toLong(a[0]);
            long r = a.length > 1 ? Ints.toLong(a[1]) : n;
            if (r > n) {
                return 0L;
            }
            BigInteger c = BigInteger.ONE;
            for (long i = 0; i < r; i++) {
                c = c.multiply(BigInteger.valueOf(n - i));
            }
            return Ints.normalize(c);
        });
        m.put("prod", (PyCallable) (a, k) -> {
            Object r = Args.kw(a, k, "start", 1L);
            for (Object o : Rt.iterable(a[0])) {
                r = Rt.mul(r, o);
            }
            return r;
        });
        m.put("fsum", (PyCallable) (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (Object o : Rt.iterable(a[0])) {
                s = s.add(new java.math.BigDecimal(num(o)));
            }
            return s.doubleValue();
        });
        return m;
    }

    private static double log(Object v) {
        if (v instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw domain();
            }
            int shift = Math.max(0, b.bitLength() - 1000);
            return Math.log(Ints.toDouble(b.shiftRight(shift))) + shift * Math.log(2);
        }
        double x = num(v);
        if (x <= 0) {
            throw domain();
        }
        return Math.log(x);
    }
}

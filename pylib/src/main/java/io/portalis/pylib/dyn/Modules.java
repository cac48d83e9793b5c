package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import io.portalis.pylib.stdlib.MathModule;
import io.portalis.pylib.stdlib.TimeModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;

/** The standard-library modules translated programs may import, as module values. */
public final class Modules {
    /** The modules {@link #load} knows. */
    public static final Set<String> NAMES = Set.of("sys", "math", "time", "dataclasses", "random", "collections",
            "itertools", "functools", "json", "string", "operator", "enum", "contextlib", "cmath",
            "heapq", "bisect", "copy", "abc");

    /**
     * The modules imported so far, by name, as CPython's {@code sys.modules} holds them: every import of a name
     * binds the same module, so attributes set on it through one import are seen through the others.
     */
    private static final Map<String, PyModule> LOADED = new HashMap<>();

    private Modules() {
    }

    /**
     * {@code import name}: the module imported before under that name, or a new one the first time.
     *
     * @param name the module
     * @return the module
     * @throws ModuleNotFoundError for a module not provided
     */
    public static PyModule load(String name) {
        synchronized (LOADED) {
            PyModule m = LOADED.get(name);
            if (m == null) {
                m = create(name);
                LOADED.put(name, m);
            }
            return m;
        }
    }

    /** One module of each name, kept apart from the imported ones, for {@link #lacks} to look names up in. */
    private static final Map<String, PyModule> PROVIDED = new HashMap<>();

    /**
     * Whether CPython's module defines a name that pylib's lacks: a program importing it is refused at
     * translation rather than failing with an ImportError CPython would not raise.
     *
     * @param module a module of {@link #NAMES}
     * @param name the attribute
     * @return true for a name CPython 3.11's module has and pylib's has not
     */
    public static boolean lacks(String module, String name) {
        if (!Dir.cpythonDefines(module, name)) {
            return false;
        }
        synchronized (PROVIDED) {
            return PROVIDED.computeIfAbsent(module, Modules::create).attr(name) == Rt.MISSING;
        }
    }

    /**
     * Forgets every module imported so far, as a new interpreter starts without them: the next {@link #load} of a
     * name creates its module afresh. Programs run one after another in one JVM call this between them, so that
     * one program's {@code math.x = 1} is not seen by the next.
     */
    public static void reset() {
        synchronized (LOADED) {
            LOADED.clear();
        }
    }

    private static PyModule create(String name) {
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
            case "contextlib" -> ContextlibModule.module();
            case "cmath" -> CmathModule.module();
            case "heapq" -> HeapqFunctions.module();
            case "bisect" -> BisectFunctions.module();
            case "copy" -> CopyFunctions.module();
            case "abc" -> AbcModule.module();
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
        m.put("time", (PyCallable) (a, k) -> {
            Args.exact("time", a, k, 0);
            return TimeModule.time();
        });
        m.put("time_ns", (PyCallable) (a, k) -> {
            Args.exact("time_ns", a, k, 0);
            return TimeModule.timeNs();
        });
        m.put("perf_counter", (PyCallable) (a, k) -> {
            Args.exact("perf_counter", a, k, 0);
            return TimeModule.perfCounter();
        });
        m.put("perf_counter_ns", (PyCallable) (a, k) -> {
            Args.exact("perf_counter_ns", a, k, 0);
            return TimeModule.perfCounterNs();
        });
        m.put("monotonic", (PyCallable) (a, k) -> {
            Args.exact("monotonic", a, k, 0);
            return TimeModule.monotonic();
        });
        m.put("sleep", (PyCallable) (a, k) -> {
            Args.exact("sleep", a, k, 1);
            TimeModule.sleep(num(a[0]));
            return null;
        });
        return m;
    }

    /** A real-number argument of a {@code math} or {@code time} function, as CPython converts it. */
    private static double num(Object v) {
        return Py.asDouble(v);
    }

    /** A real-number argument kept as it is, for the functions that treat ints exactly. */
    private static Object real(Object v) {
        if (!Ints.isInt(v)) {
            num(v);
        }
        return v;
    }

    private static long integer(Object v) {
        if (!Ints.isInt(v)) {
            throw new TypeError("'" + Py.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return Ints.toLong(v);
    }

    private static PyCallable f1(String name, DoubleUnaryOperator f) {
        return (a, k) -> {
            Args.exact("math." + name, a, k, 1);
            return f.applyAsDouble(num(a[0]));
        };
    }

    private static PyCallable f2(String name, DoubleBinaryOperator f) {
        return (a, k) -> {
            Args.noKw(name, k);
            if (a.length != 2) {
                // the wording of CPython's checks for two positional arguments
                throw new TypeError(name + " expected 2 arguments, got " + a.length);
            }
            return f.applyAsDouble(num(a[0]), num(a[1]));
        };
    }

    private static PyCallable o1(String name, UnaryOperator<Object> f) {
        return (a, k) -> {
            Args.exact(name, a, k, 1);
            return f.apply(a[0]);
        };
    }

    private static double[] point(Object p) {
        List<Object> items = new ArrayList<>();
        Rt.iterable(p).forEach(items::add);
        double[] r = new double[items.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = num(items.get(i));
        }
        return r;
    }

    private static PyModule math() {
        PyModule m = new PyModule("math");
        m.put("pi", MathModule.pi).put("e", MathModule.e).put("tau", MathModule.tau).put("inf", MathModule.inf)
                .put("nan", MathModule.nan);
        m.put("sqrt", f1("sqrt", MathModule::sqrt));
        m.put("cbrt", f1("cbrt", MathModule::cbrt));
        m.put("exp", f1("exp", MathModule::exp));
        m.put("expm1", f1("expm1", MathModule::expm1));
        m.put("log1p", f1("log1p", MathModule::log1p));
        m.put("exp2", f1("exp2", MathModule::exp2));
        m.put("erf", f1("erf", MathModule::erf));
        m.put("erfc", f1("erfc", MathModule::erfc));
        m.put("gamma", f1("gamma", MathModule::gamma));
        m.put("lgamma", f1("lgamma", MathModule::lgamma));
        m.put("sin", f1("sin", MathModule::sin));
        m.put("cos", f1("cos", MathModule::cos));
        m.put("tan", f1("tan", MathModule::tan));
        m.put("asin", f1("asin", MathModule::asin));
        m.put("acos", f1("acos", MathModule::acos));
        m.put("atan", f1("atan", MathModule::atan));
        m.put("sinh", f1("sinh", MathModule::sinh));
        m.put("cosh", f1("cosh", MathModule::cosh));
        m.put("tanh", f1("tanh", MathModule::tanh));
        m.put("asinh", f1("asinh", MathModule::asinh));
        m.put("acosh", f1("acosh", MathModule::acosh));
        m.put("atanh", f1("atanh", MathModule::atanh));
        m.put("ulp", f1("ulp", MathModule::ulp));
        m.put("nextafter", f2("nextafter", MathModule::nextafter));
        m.put("fabs", f1("fabs", MathModule::fabs));
        m.put("degrees", f1("degrees", MathModule::degrees));
        m.put("radians", f1("radians", MathModule::radians));
        m.put("atan2", f2("atan2", MathModule::atan2));
        m.put("copysign", f2("copysign", MathModule::copysign));
        m.put("fmod", f2("fmod", MathModule::fmod));
        m.put("remainder", f2("remainder", MathModule::remainder));
        m.put("pow", f2("pow", MathModule::pow));
        m.put("frexp", o1("frexp", x -> MathModule.frexp(num(x))));
        m.put("modf", o1("modf", x -> MathModule.modf(num(x))));
        m.put("ldexp", (PyCallable) (a, k) -> {
            Args.exact("ldexp", a, k, 2);
            return MathModule.ldexp(num(a[0]), integer(a[1]));
        });
        m.put("hypot", (PyCallable) (a, k) -> {
            Args.noKw("hypot", k);
            double[] coords = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                coords[i] = num(a[i]);
            }
            return MathModule.hypot(coords);
        });
        m.put("dist", (PyCallable) (a, k) -> {
            Args.exact("dist", a, k, 2);
            return MathModule.dist(point(a[0]), point(a[1]));
        });
        m.put("log", (PyCallable) (a, k) -> {
            Args.range("log", a, k, 1, 2);
            return a.length > 1 ? MathModule.log(real(a[0]), real(a[1])) : MathModule.log(real(a[0]));
        });
        m.put("log2", o1("log2", x -> MathModule.log2(real(x))));
        m.put("log10", o1("log10", x -> MathModule.log10(real(x))));
        m.put("floor", o1("floor", x -> MathModule.floor(real(x))));
        m.put("ceil", o1("ceil", x -> MathModule.ceil(real(x))));
        m.put("trunc", o1("trunc", MathModule::trunc));
        m.put("isnan", o1("isnan", x -> MathModule.isnan(num(x))));
        m.put("isinf", o1("isinf", x -> MathModule.isinf(num(x))));
        m.put("isfinite", o1("isfinite", x -> MathModule.isfinite(num(x))));
        m.put("isclose", (PyCallable) (a, k) -> {
            Args.onlyKw("isclose", k, "rel_tol", "abs_tol");
            return MathModule.isclose(num(a[0]), num(a[1]), num(Args.kw(a, k, "rel_tol", 1e-9)),
                    num(Args.kw(a, k, "abs_tol", 0.0)));
        });
        m.put("factorial", o1("factorial", x -> MathModule.factorial(integer(x))));
        m.put("gcd", (PyCallable) (a, k) -> {
            Args.noKw("gcd", k);
            return MathModule.gcd(a);
        });
        m.put("lcm", (PyCallable) (a, k) -> {
            Args.noKw("lcm", k);
            return MathModule.lcm(a);
        });
        m.put("isqrt", o1("isqrt", MathModule::isqrt));
        m.put("comb", (PyCallable) (a, k) -> {
            Args.exact("comb", a, k, 2);
            return MathModule.comb(integer(a[0]), integer(a[1]));
        });
        m.put("perm", (PyCallable) (a, k) -> {
            Args.range("perm", a, k, 1, 2);
            long n = integer(a[0]);
            return MathModule.perm(n, a.length > 1 && a[1] != null ? integer(a[1]) : n);
        });
        m.put("prod", (PyCallable) (a, k) -> {
            Args.onlyKw("prod", k, "start");
            return MathModule.prod(a[0], Args.kw(a, k, "start", 1L));
        });
        m.put("fsum", o1("fsum", MathModule::fsum));
        return m;
    }
}

package io.portalis.pylib.dyn;

import io.portalis.pylib.Builtins;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.stdlib.PyRandom;
import io.portalis.pylib.stdlib.RandomModule;
import java.util.List;
import java.util.Map;

/**
 * The methods of {@code random.Random} on a {@link PyRandom}, numbered so that a call site or a module function
 * decides which one it runs once, from the name, and then dispatches on a small int: the module's functions
 * ({@code random.choice}) are these methods on {@link RandomModule#instance()}, as CPython's are bound methods of
 * its hidden instance.
 */
final class RandomMethods {
    private RandomMethods() {
    }

    /** Not a method of {@code Random}. */
    static final int NONE = 0;
    private static final int SEED = 1;
    private static final int RANDOM = 2;
    private static final int GETSTATE = 3;
    private static final int SETSTATE = 4;
    private static final int GETRANDBITS = 5;
    private static final int RANDINT = 6;
    private static final int RANDRANGE = 7;
    private static final int CHOICE = 8;
    private static final int SHUFFLE = 9;
    private static final int SAMPLE = 10;
    private static final int CHOICES = 11;
    private static final int UNIFORM = 12;
    private static final int GAUSS = 13;
    private static final int NORMALVARIATE = 14;
    private static final int EXPOVARIATE = 15;
    private static final int TRIANGULAR = 16;

    /** The methods by name, in the order the module lists them. */
    static final Map<String, Integer> OPS = Map.ofEntries(Map.entry("seed", SEED), Map.entry("random", RANDOM),
            Map.entry("getstate", GETSTATE), Map.entry("setstate", SETSTATE),
            Map.entry("getrandbits", GETRANDBITS), Map.entry("randint", RANDINT),
            Map.entry("randrange", RANDRANGE), Map.entry("choice", CHOICE), Map.entry("shuffle", SHUFFLE),
            Map.entry("sample", SAMPLE), Map.entry("choices", CHOICES), Map.entry("uniform", UNIFORM),
            Map.entry("gauss", GAUSS), Map.entry("normalvariate", NORMALVARIATE),
            Map.entry("expovariate", EXPOVARIATE), Map.entry("triangular", TRIANGULAR));

    private static final Object[] NO_ARGS = {};

    /** The keywords of {@code choices}, held once rather than gathered into a new array at every call. */
    private static final String[] CHOICES_KEYWORDS = {"weights", "cum_weights", "k"};

    /**
     * The number of method {@code name}.
     *
     * @param name a method name
     * @return its number, or {@link #NONE} when {@code Random} has no such method
     */
    static int op(String name) {
        return OPS.getOrDefault(name, NONE);
    }

    /**
     * Whether {@code self.name} is a method CPython's {@code random.Random} defines in Python, which it shows as a
     * bound method, rather than one of the two its C base defines ({@code random}, {@code getrandbits}).
     *
     * @param self a receiver
     * @param name a method name
     * @return whether the receiver is a generator and the method one of those defined in Python
     */
    static boolean isPythonMethod(Object self, String name) {
        return self instanceof PyRandom && !name.equals("random") && !name.equals("getrandbits")
                && OPS.containsKey(name);
    }

    /**
     * {@code random.Random(seed=None)}.
     *
     * @param a the arguments
     * @param k the keyword names
     * @return the new generator
     * @throws TypeError for more than one argument, or a keyword
     */
    static Object construct(Object[] a, String[] k) {
        if (k.length > 0) {
            throw new TypeError("Random.__init__() got an unexpected keyword argument '" + k[0] + "'");
        }
        if (a.length > 1) {
            throw new TypeError("Random.__init__() takes from 1 to 2 positional arguments but " + (a.length + 1)
                    + " were given");
        }
        return a.length == 0 ? new PyRandom() : new PyRandom(a[0]);
    }

    /**
     * Runs method number {@code op} on {@code r}.
     *
     * @param op a number {@link #op} gave, not {@link #NONE}
     * @param r the generator
     * @param a positional then keyword values
     * @param k the keyword names
     * @return the method's result
     * @throws TypeError for arguments the method does not take (CPython's message where pylib has it)
     */
    static Object call(int op, PyRandom r, Object[] a, String[] k) {
        int n = a.length - k.length;
        return switch (op) {
            case SEED -> {
                r.seed(a.length == 0 ? null : a[0]);
                yield null;
            }
            case RANDOM -> {
                if (a.length > 0) {
                    throw new TypeError("Random.random() takes no arguments (" + a.length + " given)");
                }
                yield r.random();
            }
            case GETSTATE -> r.getstate();
            case SETSTATE -> {
                Args.exact("setstate", a, k, 1);
                r.setstate(a[0]);
                yield null;
            }
            case GETRANDBITS -> r.getrandbits(i(a[0]));
            case RANDINT -> r.randint(a[0], a[1]);
            case RANDRANGE -> {
                Args.onlyKw("randrange", k, "start", "stop", "step");
                Object start = n > 0 ? a[0] : Args.kw(a, k, "start", Rt.MISSING);
                if (start == Rt.MISSING) {
                    throw new TypeError("Random.randrange() missing 1 required positional argument: 'start'");
                }
                Object stop = n > 1 ? a[1] : Args.kw(a, k, "stop", null);
                Object step = n > 2 ? a[2] : Args.kw(a, k, "step", 1L);
                yield r.randrange(Rt.asIndex(start), stop == null ? null : Rt.asIndex(stop), Rt.asIndex(step));
            }
            case CHOICE -> a[0] instanceof String s ? r.choice(s) : r.choice(StdModules.seq(a[0]));
            case SHUFFLE -> {
                r.shuffle(StdModules.seq(a[0]));
                yield null;
            }
            case SAMPLE -> r.sample(StdModules.seq(a[0]), i(n > 1 ? a[1] : Args.kw(a, k, "k", null)));
            case CHOICES -> {
                Args.onlyKw("choices", k, CHOICES_KEYWORDS);
                Object w = n > 1 ? a[1] : Args.kw(a, k, "weights", null);
                Object cum = Args.kw(a, k, "cum_weights", null);
                if (w != null && cum != null) {
                    throw new TypeError("Cannot specify both weights and cumulative weights");
                }
                long count = i(Args.kw(a, k, "k", 1L));
                yield cum != null ? r.choicesCumulative(StdModules.seq(a[0]), StdModules.seq(cum), count)
                        : r.choices(StdModules.seq(a[0]), w == null ? null : StdModules.seq(w), count);
            }
            case UNIFORM -> r.uniform(d(a[0]), d(a[1]));
            case GAUSS -> r.gauss(a.length > 0 ? d(a[0]) : 0.0, a.length > 1 ? d(a[1]) : 1.0);
            case NORMALVARIATE -> r.normalvariate(d(a[0]), d(a[1]));
            case EXPOVARIATE -> r.expovariate(d(a[0]));
            case TRIANGULAR -> r.triangular(a.length > 0 ? d(a[0]) : 0.0, a.length > 1 ? d(a[1]) : 1.0,
                    a.length > 2 && a[2] != null ? d(a[2]) : null);
            default -> throw new IllegalArgumentException("not a Random method: " + op);
        };
    }

    /**
     * {@code r.name()} for method number {@code op}.
     *
     * @param op a number {@link #op} gave, not {@link #NONE}
     * @param r the generator
     * @return the method's result
     * @throws TypeError for a method that needs arguments
     */
    static Object call(int op, PyRandom r) {
        return op == RANDOM ? (Object) r.random() : call(op, r, NO_ARGS, PyCallable.NO_KW);
    }

    /**
     * {@code r.name(a)} for method number {@code op}.
     *
     * @param op a number {@link #op} gave, not {@link #NONE}
     * @param r the generator
     * @param a the argument
     * @return the method's result
     * @throws TypeError for arguments the method does not take
     */
    @SuppressWarnings("unchecked")
    static Object call(int op, PyRandom r, Object a) {
        if (op == CHOICE && a instanceof List<?> l) {
            return r.choice((List<Object>) l);
        }
        return call(op, r, new Object[] {a}, PyCallable.NO_KW);
    }

    /**
     * {@code r.name(a, b)} for method number {@code op}.
     *
     * @param op a number {@link #op} gave, not {@link #NONE}
     * @param r the generator
     * @param a the first argument
     * @param b the second argument
     * @return the method's result
     * @throws TypeError for arguments the method does not take
     */
    static Object call(int op, PyRandom r, Object a, Object b) {
        if (op == RANDINT) {
            return r.randint(a, b);
        }
        if (op == UNIFORM) {
            return r.uniform(d(a), d(b));
        }
        return call(op, r, new Object[] {a, b}, PyCallable.NO_KW);
    }

    private static long i(Object v) {
        return Rt.index(v);
    }

    private static double d(Object v) {
        return Builtins.toFloat(v);
    }
}

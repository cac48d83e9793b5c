package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

/**
 * Python's built-in functions as called by translated code, with keyword arguments and Python's checks, and as
 * values ({@code map(str, xs)}, {@code key=len}).
 */
public final class Builtin implements PyCallable, PyObject {
    /** The built-in functions this class implements, by name. */
    public static final Set<String> NAMES = Set.of("print", "len", "range", "enumerate", "zip", "map", "filter",
            "sorted", "reversed", "min", "max", "sum", "any", "all", "abs", "divmod", "pow", "round", "isinstance",
            "issubclass", "id", "hash", "iter", "next", "chr", "ord", "hex", "oct", "bin", "input", "repr", "format",
            "getattr", "setattr", "hasattr", "delattr", "callable", "ascii", "vars", "dir", "exit", "quit");

    private final String name;

    private Builtin(String name) {
        this.name = name;
    }

    /**
     * A built-in function as a value.
     *
     * @param name its name, one of {@link #NAMES}
     * @return the callable
     */
    public static Builtin of(String name) {
        return new Builtin(name);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return call(name, args, kwnames);
    }

    @Override
    public String pyTypeName() {
        return isQuitter() ? "Quitter" : "builtin_function_or_method";
    }

    @Override
    public String repr() {
        return isQuitter() ? "Use " + name + "() or Ctrl-D (i.e. EOF) to exit" : "<built-in function " + name + ">";
    }

    /** Its attributes other than {@code __class__}, or {@link Rt#MISSING}; a quitter has none of these. */
    Object attr(String attr) {
        if (isQuitter()) {
            return Rt.MISSING;
        }
        return switch (attr) {
            case "__name__", "__qualname__" -> name;
            case "__module__" -> "builtins";
            case "__doc__" -> null;
            default -> Rt.MISSING;
        };
    }

    /** {@code exit} and {@code quit} are the site module's objects, not built-in functions. */
    private boolean isQuitter() {
        return name.equals("exit") || name.equals("quit");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Builtin b && b.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** {@code callable(v)}. */
    static boolean callable(Object v) {
        return v instanceof PyCallable || v instanceof Instance i && i.type().lookup("__call__") != Rt.MISSING;
    }

    /**
     * The iterator {@code iter(v)} returns, named as CPython names the iterator of each built-in container: a
     * container's own Java iterator would otherwise show its implementation class in messages and {@code type()}.
     */
    private static Object named(Iterator<Object> it, Object v) {
        if (v instanceof Instance) {
            return it;
        }
        String name = switch (Py.typeName(v)) {
            case "list" -> "list_iterator";
            case "tuple" -> "tuple_iterator";
            case "set", "frozenset" -> "set_iterator";
            case "dict", "collections.defaultdict", "Counter", "dict_keys" -> "dict_keyiterator";
            case "collections.OrderedDict" -> "odict_iterator";
            case "dict_values" -> "dict_valueiterator";
            case "dict_items" -> "dict_itemiterator";
            case "str" -> ((String) v).chars().allMatch(c -> c < 128) ? "str_ascii_iterator" : "str_iterator";
            case "range" -> "range_iterator";
            case "bytes" -> "bytes_iterator";
            case "bytearray" -> "bytearray_iterator";
            case "collections.deque" -> "_collections._deque_iterator";
            default -> null;
        };
        // anything else (an iterator of its own, a generator) already answers for itself and iter(it) is it
        return name == null ? it : PyIterator.of(it, name);
    }

    private static Function<Object, Object> key(Object k) {
        return k == null ? null : x -> Rt.call(k, x);
    }

    /**
     * Calls the built-in function {@code name}.
     *
     * @param name the function
     * @param a positional then keyword values
     * @param kw the keyword names
     * @return the result
     * @throws TypeError for arguments the function does not take
     */
    public static Object call(String name, Object[] a, String[] kw) {
        int n = a.length - kw.length;
        Object[] pos = n == a.length ? a : java.util.Arrays.copyOf(a, n);
        switch (name) {
            case "print" -> {
                Args.onlyKw("print", kw, "sep", "end", "file", "flush");
                Object file = Args.kw(a, kw, "file", null);
                Object sep = Args.kw(a, kw, "sep", null);
                Object end = Args.kw(a, kw, "end", null);
                if (sep != null && !(sep instanceof String)) {
                    throw new TypeError("sep must be None or a string, not " + Py.typeName(sep));
                }
                if (end != null && !(end instanceof String)) {
                    throw new TypeError("end must be None or a string, not " + Py.typeName(end));
                }
                Builtins.printWith((String) sep, (String) end, (Sys.TextOut) file,
                        Rt.truthy(Args.kw(a, kw, "flush", false)), pos);
                return null;
            }
            case "sorted" -> {
                Args.onlyKw("sorted", kw, "key", "reverse");
                if (n != 1) {
                    throw new TypeError("sorted expected 1 argument, got " + n);
                }
                return Builtins.sorted(Rt.iter(a[0]), key(Args.kw(a, kw, "key", null)),
                        Rt.truthy(Args.kw(a, kw, "reverse", false)));
            }
            case "min", "max" -> {
                Args.onlyKw(name, kw, "key", "default");
                if (n == 0) {
                    throw new TypeError(name + " expected at least 1 argument, got 0");
                }
                Object items = n == 1 ? Rt.iter(a[0]) : PyTuple.of(pos);
                Function<Object, Object> k = key(Args.kw(a, kw, "key", null));
                Object dflt = Args.kw(a, kw, "default", Rt.MISSING);
                if (dflt != Rt.MISSING) {
                    if (n > 1) {
                        throw new TypeError("Cannot specify a default for " + name + "() with multiple positional arguments");
                    }
                    return name.equals("min") ? Builtins.min(items, k, dflt) : Builtins.max(items, k, dflt);
                }
                return name.equals("min") ? Builtins.min(items, k) : Builtins.max(items, k);
            }
            case "enumerate" -> {
                Args.onlyKw(name, kw, "start");
                Object start = n > 1 ? a[1] : Args.kw(a, kw, "start", 0L);
                return Builtins.enumerate(Rt.iter(a[0]), Rt.asIndex(start));
            }
            case "sum" -> {
                Args.onlyKw(name, kw, "start");
                Object start = n > 1 ? a[1] : Args.kw(a, kw, "start", 0L);
                return Builtins.sum(Rt.iterable(a[0]), start, Rt::add);
            }
            case "round" -> {
                Args.onlyKw(name, kw, "ndigits");
                Object nd = n > 1 ? a[1] : Args.kw(a, kw, "ndigits", null);
                return nd == null ? Builtins.round(a[0]) : Builtins.round(a[0], nd);
            }
            case "getattr" -> {
                Args.range(name, a, kw, 2, 3);
                if (n == 3) {
                    Object v = Rt.getattrOr(a[0], (String) a[1]);
                    return v == Rt.MISSING ? a[2] : v;
                }
                return Rt.getattr(a[0], (String) a[1]);
            }
            case "next" -> {
                Args.range(name, a, kw, 1, 2);
                return n == 2 ? Rt.next(a[0], a[1]) : Rt.next(a[0]);
            }
            case "zip" -> {
                Args.onlyKw("zip", kw, "strict");
                Object[] its = new Object[n];
                for (int k = 0; k < n; k++) {
                    its[k] = Rt.iter(a[k]);
                }
                if (!Rt.truthy(Args.kw(a, kw, "strict", false))) {
                    return Builtins.zip(its);
                }
                return strictZip(its);
            }
            case "pow" -> {
                Args.onlyKw(name, kw, "base", "exp", "mod");
                if (n > 3) {
                    throw new TypeError("pow expected at most 3 arguments, got " + n);
                }
                Object base = n > 0 ? a[0] : Args.kw(a, kw, "base", Rt.MISSING);
                Object exp = n > 1 ? a[1] : Args.kw(a, kw, "exp", Rt.MISSING);
                Object mod = n > 2 ? a[2] : Args.kw(a, kw, "mod", null);
                if (base == Rt.MISSING || exp == Rt.MISSING) {
                    throw new TypeError("pow() missing required argument '" + (base == Rt.MISSING ? "base' (pos 1)"
                            : "exp' (pos 2)"));
                }
                return mod == null ? Rt.pow(base, exp) : Builtins.pow(base, exp, mod);
            }
            case "exit", "quit" -> {
                // the site module's Quitter.__call__(self, code=None)
                for (String k : kw) {
                    if (!k.equals("code")) {
                        throw new TypeError("Quitter.__call__() got an unexpected keyword argument '" + k + "'");
                    }
                    if (n > 0) {
                        throw new TypeError("Quitter.__call__() got multiple values for argument 'code'");
                    }
                }
                if (n > 1) {
                    throw new TypeError("Quitter.__call__() takes from 1 to 2 positional arguments but " + (n + 1)
                            + " were given");
                }
                Sys.closeStdin();
                throw new SystemExit(new Object[] {a.length > 0 ? a[0] : null});
            }
            default -> {
                Args.noKw(name, kw);
                return positional(name, a);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object strictZip(Object[] its) {
        return PyIterator.of(new Iterator<Object>() {
            private Object pending;

            @Override
            public boolean hasNext() {
                if (pending != null) {
                    return true;
                }
                if (its.length == 0) {
                    return false;
                }
                Object[] row = new Object[its.length];
                for (int k = 0; k < its.length; k++) {
                    Iterator<Object> it = (Iterator<Object>) its[k];
                    if (!it.hasNext()) {
                        if (k > 0) {
                            throw new ValueError("zip() argument " + (k + 1) + " is shorter than argument"
                                    + (k == 1 ? " 1" : "s 1-" + k));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (((Iterator<Object>) its[j]).hasNext()) {
                                throw new ValueError("zip() argument " + (j + 1) + " is longer than argument"
                                        + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                        return false;
                    }
                    row[k] = it.next();
                }
                pending = PyTuple.of(row);
                return true;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Object r = pending;
                pending = null;
                return r;
            }
        }, "zip");
    }

    /** {@code iter(f, sentinel)}: calls {@code f} until it returns a value equal to {@code sentinel}. */
    private static Object callIterator(Object f, Object sentinel) {
        if (!(f instanceof PyCallable) && !(f instanceof Instance i && i.type().lookup("__call__") != Rt.MISSING)) {
            throw new TypeError("iter(v, w): v must be callable");
        }
        return PyIterator.of(new Iterator<Object>() {
            private Object pending = Rt.MISSING;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (pending == Rt.MISSING && !done) {
                    Object v = Rt.call(f);
                    if (Rt.eq(v, sentinel)) {
                        done = true;
                    } else {
                        pending = v;
                    }
                }
                return !done;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Object r = pending;
                pending = Rt.MISSING;
                return r;
            }
        }, "callable_iterator");
    }

    private static Object positional(String name, Object[] a) {
        switch (name) {
            case "len":
                Args.exact(name, a, PyCallable.NO_KW, 1);
                return Rt.len(a[0]);
            case "range":
                return Rt.range(a);
            case "map": {
                if (a.length < 2) {
                    throw new TypeError("map() must have at least two arguments.");
                }
                Object f = a[0];
                if (a.length == 2) {
                    return Builtins.map(x -> Rt.call(f, x), Rt.iter(a[1]));
                }
                Object[] its = new Object[a.length - 1];
                for (int k = 1; k < a.length; k++) {
                    its[k - 1] = Rt.iter(a[k]);
                }
                return PyIterator.of(new Iterator<Object>() {
                    final Iterator<PyTuple> z = Builtins.zip(its);

                    @Override
                    public boolean hasNext() {
                        return z.hasNext();
                    }

                    @Override
                    public Object next() {
                        return Rt.call(f, z.next().toArray());
                    }
                }, "map");
            }
            case "filter": {
                Object f = a[0];
                return Builtins.filter(f == null ? Rt::truthy : x -> Rt.truthy(Rt.call(f, x)), Rt.iter(a[1]));
            }
            case "reversed":
                Args.exact(name, a, PyCallable.NO_KW, 1);
                if (a[0] instanceof Instance) {
                    Object r = Rt.dunder(a[0], "__reversed__");
                    if (r != Rt.MISSING) {
                        return r;
                    }
                    PyList<Object> l = new PyList<>(Rt.iterable(a[0]));
                    return Builtins.reversed(l);
                }
                return Builtins.reversed(a[0]);
            case "any":
                for (Object x : Rt.iterable(a[0])) {
                    if (Rt.truthy(x)) {
                        return true;
                    }
                }
                return false;
            case "all":
                for (Object x : Rt.iterable(a[0])) {
                    if (!Rt.truthy(x)) {
                        return false;
                    }
                }
                return true;
            case "abs":
                Args.exact(name, a, PyCallable.NO_KW, 1);
                return Rt.abs(a[0]);
            case "divmod":
                return Builtins.divmod(a[0], a[1]);
            case "isinstance":
                Args.exact(name, a, PyCallable.NO_KW, 2);
                return Rt.isinstance(a[0], a[1]);
            case "issubclass":
                return Rt.issubclass(a[0], a[1]);
            case "id":
                return Py.id(a[0]);
            case "hash":
                Args.exact(name, a, PyCallable.NO_KW, 1);
                return Rt.hash(a[0]);
            case "iter":
                Args.range(name, a, PyCallable.NO_KW, 1, 2);
                return a.length == 2 ? callIterator(a[0], a[1]) : named(Rt.iter(a[0]), a[0]);
            case "chr":
                return Builtins.chr(Ints.toLong(a[0]));
            case "ord":
                Args.exact(name, a, PyCallable.NO_KW, 1);
                return Strs.ord(a[0]);
            case "hex":
                return Builtins.hex(a[0]);
            case "oct":
                return Builtins.oct(a[0]);
            case "bin":
                return Builtins.bin(a[0]);
            case "ascii":
                return Builtins.ascii(a[0]);
            case "input":
                return a.length == 0 ? Builtins.input() : Builtins.input(a[0]);
            case "repr":
                Args.exact(name, a, PyCallable.NO_KW, 1);
                return Py.repr(a[0]);
            case "format":
                return Rt.format(a[0], a.length > 1 ? (String) a[1] : "");
            case "setattr":
                Rt.setattr(a[0], (String) a[1], a[2]);
                return null;
            case "hasattr":
                return Rt.hasattr(a[0], (String) a[1]);
            case "delattr":
                Rt.delattr(a[0], (String) a[1]);
                return null;
            case "vars":
                if (a.length == 1 && a[0] instanceof Instance i) {
                    PyDict<Object, Object> d = new PyDict<>();
                    i.dict().forEach(d::setItem);
                    return d;
                }
                if (a.length == 1 && a[0] instanceof PyType t && !t.isBuiltin()) {
                    return ClassNamespace.of(t);
                }
                throw new TypeError("vars() argument must have __dict__ attribute");
            case "dir":
                if (a.length > 1) {
                    throw new TypeError("dir expected at most 1 argument, got " + a.length);
                }
                if (a.length == 0) {
                    // the names of the calling scope are known only where the translator sees a direct call
                    throw new NotImplementedError("dir() without an argument, called through a reference");
                }
                return Dir.of(a[0]);
            case "callable":
                return callable(a[0]);
            default:
                throw new NameError("name '" + name + "' is not defined");
        }
    }
}

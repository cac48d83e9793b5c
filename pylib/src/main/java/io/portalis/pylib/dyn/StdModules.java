package io.portalis.pylib.dyn;

import io.portalis.pylib.*;
import io.portalis.pylib.stdlib.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * pylib's standard-library modules ({@code random}, {@code collections}, {@code itertools}, {@code functools},
 * {@code json}, {@code string}) as module values whose functions take Python's call arguments.
 */
final class StdModules {
    private StdModules() {
    }

    private static long i(Object v) {
        return Rt.index(v);
    }

    private static double d(Object v) {
        return Builtins.toFloat(v);
    }

    private static int npos(Object[] a, String[] k) {
        return a.length - k.length;
    }

    /** A sequence argument as a list: a list itself, a str's characters, or any other iterable's items. */
    @SuppressWarnings("unchecked")
    static List<Object> seq(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (v instanceof String s) {
            List<Object> out = new ArrayList<>();
            Strs.chars(s).forEach(out::add);
            return out;
        }
        return new PyList<>(Rt.iterable(v));
    }

    // ---------------------------------------------------------------- random

    static PyModule random() {
        PyModule m = new PyModule("random");
        // the module's functions are the methods of its hidden generator, as CPython's are
        RandomMethods.OPS.forEach((name, op) ->
                m.put(name, (PyCallable) (a, k) -> RandomMethods.call(op, RandomModule.instance(), a, k)));
        m.put("Random", Types.RANDOM);
        return m;
    }

    // ---------------------------------------------------------------- collections

    @SuppressWarnings("unchecked")
    static PyModule collections() {
        PyModule m = new PyModule("collections");
        m.put("deque", Types.DEQUE);
        m.put("Counter", Types.COUNTER);
        m.put("defaultdict", Types.DEFAULTDICT);
        m.put("OrderedDict", Types.ORDERED_DICT);
        m.put("namedtuple", (PyCallable) (a, k) -> {
            String name = (String) a[0];
            List<String> fields = new ArrayList<>();
            if (a[1] instanceof String s) {
                for (String f : s.replace(',', ' ').trim().split("\\s+")) {
                    fields.add(f);
                }
            } else {
                for (Object f : Rt.iterable(a[1])) {
                    fields.add((String) f);
                }
            }
            NamedTuple.Type type = new NamedTuple.Type(name, List.copyOf(fields));
            Object defaults = Args.kw(a, k, "defaults", null);
            List<Object> dflt = defaults == null ? List.of() : new PyList<>(Rt.iterable(defaults));
            if (dflt.size() > fields.size()) {
                throw new TypeError("Got more default values than field names");
            }
            return new NamedTupleClass(type, dflt.toArray());
        });
        return m;
    }

    /** {@code collections.deque(iterable=(), maxlen=None)}. */
    static Object newDeque(Object[] a, String[] k) {
        Object items = npos(a, k) > 0 ? a[0] : Args.kw(a, k, "iterable", null);
        Object maxlen = npos(a, k) > 1 ? a[1] : Args.kw(a, k, "maxlen", null);
        List<Object> xs = items == null ? List.of() : seq(items);
        return maxlen == null ? new Deque<>(xs) : new Deque<>(xs, (int) i(maxlen));
    }

    /** {@code collections.Counter(iterable_or_mapping=None, **counts)}. */
    static Object newCounter(Object[] a, String[] k) {
        Counter<Object> c = new Counter<>();
        Methods.counterUpdate(c, "__init__", a, k);
        return c;
    }

    /** {@code collections.defaultdict(default_factory=None, mapping=None)}. */
    @SuppressWarnings("unchecked")
    static Object newDefaultDict(Object[] a, String[] k) {
        Object f = npos(a, k) > 0 ? a[0] : null;
        if (f != null && !Builtin.callable(f)) {
            throw new TypeError("first argument must be callable or None");
        }
        DefaultDict<Object, Object> dd = new DefaultDict<>(f == null ? null : () -> Rt.call(f),
                f == null ? "None" : Py.repr(f), f);
        // the rest are dict()'s arguments
        Object[] rest = Arrays.copyOfRange(a, Math.min(1, npos(a, k)), a.length);
        if (rest.length > 0) {
            dd.update((PyDict<Object, Object>) Types.DICT.call(rest, k));
        }
        return dd;
    }

    /** {@code collections.OrderedDict(mapping_or_pairs=(), **items)}. */
    @SuppressWarnings("unchecked")
    static Object newOrderedDict(Object[] a, String[] k) {
        OrderedDict<Object, Object> od = new OrderedDict<>();
        if (npos(a, k) > 1) {
            throw new TypeError("expected at most 1 arguments, got " + npos(a, k));
        }
        if (npos(a, k) > 0) {
            if (a[0] instanceof PyDict<?, ?> d) {
                od.update((PyDict<Object, Object>) d);
            } else {
                od.updatePairs(Rt.iterable(a[0]));
            }
        }
        for (int j = 0; j < k.length; j++) {
            od.setItem(k[j], a[npos(a, k) + j]);
        }
        return od;
    }

    /** {@code OrderedDict.fromkeys(iterable, value=None)}. */
    static Object orderedDictFromKeys(Object[] a, String[] k) {
        Args.onlyKw("fromkeys", k, "iterable", "value");
        int n = npos(a, k);
        if (n > 2) {
            throw new TypeError("fromkeys expected at most 2 arguments, got " + n);
        }
        Object keys = n > 0 ? a[0] : Args.kw(a, k, "iterable", Rt.MISSING);
        if (keys == Rt.MISSING) {
            throw new TypeError("fromkeys() missing required argument 'iterable' (pos 1)");
        }
        Object value = n > 1 ? a[1] : Args.kw(a, k, "value", null);
        OrderedDict<Object, Object> od = new OrderedDict<>();
        for (Object key : Rt.iterable(keys)) {
            od.setItem(key, value);
        }
        return od;
    }

    /** A class made by {@code namedtuple}: calling it makes an instance, from positions or field names. */
    record NamedTupleClass(NamedTuple.Type type, Object[] defaults) implements PyCallable, PyObject {
        @Override
        public Object call(Object[] a, String[] k) {
            int n = a.length - k.length;
            Object[] values = new Object[type.fields().size()];
            boolean[] set = new boolean[values.length];
            if (n > values.length) {
                throw new TypeError(type.name() + ".__new__() takes " + (values.length + 1)
                        + " positional arguments but " + (n + 1) + " were given");
            }
            for (int j = 0; j < n; j++) {
                values[j] = a[j];
                set[j] = true;
            }
            for (int j = 0; j < k.length; j++) {
                int idx = type.fields().indexOf(k[j]);
                if (idx < 0) {
                    throw new TypeError(type.name() + ".__new__() got an unexpected keyword argument '" + k[j] + "'");
                }
                values[idx] = a[n + j];
                set[idx] = true;
            }
            List<String> missing = new ArrayList<>();
            int firstDefault = values.length - defaults.length;
            for (int j = 0; j < values.length; j++) {
                if (!set[j] && j >= firstDefault) {
                    values[j] = defaults[j - firstDefault];
                } else if (!set[j]) {
                    missing.add("'" + type.fields().get(j) + "'");
                }
            }
            if (!missing.isEmpty()) {
                String list = missing.size() == 1 ? missing.get(0) : String.join(", ",
                        missing.subList(0, missing.size() - 1)) + (missing.size() == 2 ? " and " : ", and ")
                        + missing.get(missing.size() - 1);
                throw new TypeError(type.name() + ".__new__() missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + list);
            }
            return type.make(values);
        }

        @Override
        public String pyTypeName() {
            return "type";
        }

        @Override
        public String repr() {
            return "<class '__main__." + type.name() + "'>";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "_fields" -> PyTuple.from(type.fields());
                case "__name__" -> type.name();
                case "_make" -> (PyCallable) (a, k) -> type.make(new PyList<>(Rt.iterable(a[0])).toArray());
                case "_field_defaults" -> {
                    PyDict<Object, Object> d = new PyDict<>();
                    int first = type.fields().size() - defaults.length;
                    for (int j = 0; j < defaults.length; j++) {
                        d.setItem(type.fields().get(first + j), defaults[j]);
                    }
                    yield d;
                }
                default -> PyObject.super.getAttr(name);
            };
        }
    }

    // ---------------------------------------------------------------- itertools

    static PyModule itertools() {
        PyModule m = new PyModule("itertools");
        m.put("count", (PyCallable) (a, k) -> Itertools.count(npos(a, k) > 0 ? a[0] : Args.kw(a, k, "start", 0L),
                npos(a, k) > 1 ? a[1] : Args.kw(a, k, "step", 1L)));
        m.put("cycle", (PyCallable) (a, k) -> Itertools.cycle(Rt.iter(a[0])));
        m.put("repeat", (PyCallable) (a, k) -> {
            Object times = npos(a, k) > 1 ? a[1] : Args.kw(a, k, "times", null);
            return Itertools.repeat(a[0], times == null ? -1 : i(times));
        });
        m.put("chain", new ChainFunction());
        m.put("islice", (PyCallable) (a, k) -> switch (a.length) {
            case 2 -> a[1] == null ? Itertools.islice(Rt.iter(a[0]), 0, null, 1) : Itertools.islice(Rt.iter(a[0]), i(a[1]));
            case 3 -> Itertools.islice(Rt.iter(a[0]), a[1] == null ? 0 : i(a[1]), a[2] == null ? null : i(a[2]), 1);
            default -> Itertools.islice(Rt.iter(a[0]), a[1] == null ? 0 : i(a[1]), a[2] == null ? null : i(a[2]),
                    a[3] == null ? 1 : i(a[3]));
        });
        m.put("product", (PyCallable) (a, k) -> {
            int n = npos(a, k);
            Object[] its = new Object[n];
            for (int j = 0; j < n; j++) {
                its[j] = new PyList<>(Rt.iterable(a[j]));
            }
            return Itertools.product(i(Args.kw(a, k, "repeat", 1L)), its);
        });
        m.put("permutations", (PyCallable) (a, k) -> {
            List<Object> items = seq(a[0]);
            Object r = npos(a, k) > 1 ? a[1] : Args.kw(a, k, "r", null);
            return Itertools.permutations(items, r == null ? items.size() : i(r));
        });
        m.put("combinations", (PyCallable) (a, k) -> Itertools.combinations(seq(a[0]), i(a[1])));
        m.put("combinations_with_replacement", (PyCallable) (a, k) ->
                Itertools.combinationsWithReplacement(seq(a[0]), i(a[1])));
        m.put("groupby", (PyCallable) (a, k) -> {
            Object key = npos(a, k) > 1 ? a[1] : Args.kw(a, k, "key", null);
            return Itertools.groupby(Rt.iter(a[0]), key == null ? null : x -> Rt.call(key, x));
        });
        m.put("accumulate", (PyCallable) (a, k) -> {
            Object f = npos(a, k) > 1 ? a[1] : Args.kw(a, k, "func", null);
            Object initial = Args.kw(a, k, "initial", Rt.MISSING);
            if (f == null && initial == Rt.MISSING) {
                return Itertools.accumulate(Rt.iter(a[0]));
            }
            return Itertools.accumulate(Rt.iter(a[0]), f == null ? Rt::add : (x, y) -> Rt.call(f, x, y),
                    initial == Rt.MISSING ? null : initial);
        });
        m.put("takewhile", (PyCallable) (a, k) -> Itertools.takewhile(x -> Rt.truthy(Rt.call(a[0], x)), Rt.iter(a[1])));
        m.put("dropwhile", (PyCallable) (a, k) -> Itertools.dropwhile(x -> Rt.truthy(Rt.call(a[0], x)), Rt.iter(a[1])));
        m.put("zip_longest", (PyCallable) (a, k) -> {
            int n = npos(a, k);
            Object[] its = new Object[n];
            for (int j = 0; j < n; j++) {
                its[j] = Rt.iter(a[j]);
            }
            return Itertools.zipLongest(Args.kw(a, k, "fillvalue", null), its);
        });
        m.put("pairwise", (PyCallable) (a, k) -> Itertools.pairwise(Rt.iter(a[0])));
        m.put("compress", (PyCallable) (a, k) -> {
            Args.exact("compress", a, k, 2);
            return Itertools.compress(Rt.iter(a[0]), Rt.iter(a[1]));
        });
        m.put("filterfalse", (PyCallable) (a, k) -> {
            Args.exact("filterfalse", a, k, 2);
            return Itertools.filterfalse(x -> a[0] == null ? Rt.truthy(x) : Rt.truthy(Rt.call(a[0], x)),
                    Rt.iter(a[1]));
        });
        m.put("tee", (PyCallable) (a, k) -> {
            Args.range("tee", a, k, 1, 2);
            return Itertools.tee(Rt.iter(a[0]), a.length > 1 ? (int) Rt.index(a[1]) : 2);
        });
        m.put("starmap", (PyCallable) (a, k) -> Itertools.starmap(args -> Rt.call(a[0], args), Rt.iter(a[1])));
        return m;
    }

    /** {@code itertools.chain}, with its {@code from_iterable}. */
    static final class ChainFunction implements PyCallable, PyObject {
        @Override
        public Object call(Object[] a, String[] k) {
            Object[] its = new Object[a.length];
            for (int j = 0; j < a.length; j++) {
                its[j] = Rt.iter(a[j]);
            }
            return Itertools.chain(its);
        }

        @Override
        public Object getAttr(String name) {
            if (name.equals("from_iterable")) {
                return (PyCallable) (a, k) -> Itertools.chainFromIterable(PyIterator.of(
                        new java.util.Iterator<Object>() {
                            final java.util.Iterator<Object> outer = Rt.iter(a[0]);

                            @Override
                            public boolean hasNext() {
                                return outer.hasNext();
                            }

                            @Override
                            public Object next() {
                                return Rt.iter(outer.next());
                            }
                        }, "iterator"));
            }
            return PyObject.super.getAttr(name);
        }

        @Override
        public String pyTypeName() {
            return "type";
        }

        @Override
        public String repr() {
            return "<class 'itertools.chain'>";
        }
    }

    // ---------------------------------------------------------------- functools

    static PyModule functools() {
        PyModule m = new PyModule("functools");
        m.put("reduce", (PyCallable) (a, k) -> a.length > 2
                ? Functools.reduce((x, y) -> Rt.call(a[0], x, y), Rt.iter(a[1]), a[2])
                : Functools.reduce((x, y) -> Rt.call(a[0], x, y), Rt.iter(a[1])));
        m.put("partial", (PyCallable) (a, k) -> new Partial(a[0], java.util.Arrays.copyOfRange(a, 1, npos(a, k)),
                java.util.Arrays.copyOfRange(a, npos(a, k), a.length), k));
        m.put("cmp_to_key", (PyCallable) (a, k) -> new CmpToKey(a[0]));
        m.put("cache", (PyCallable) (a, k) -> new LruCache(a[0], -1));
        m.put("lru_cache", (PyCallable) (a, k) -> {
            if (npos(a, k) == 1 && !(a[0] == null || Ints.isInt(a[0]))) {
                return new LruCache(a[0], 128);
            }
            Object max = npos(a, k) > 0 ? a[0] : Args.kw(a, k, "maxsize", 128L);
            long size = max == null ? -1 : i(max);
            return (PyCallable) (b, kk) -> new LruCache(b[0], size);
        });
        m.put("wraps", (PyCallable) (a, k) -> {
            Object wrapped = a[0];
            return (PyCallable) (b, kk) -> {
                Object wrapper = b[0];
                for (String attr : new String[] {"__name__", "__qualname__", "__doc__"}) {
                    Object v = Rt.getattrOr(wrapped, attr);
                    if (v != Rt.MISSING) {
                        Rt.setattr(wrapper, attr, v);
                    }
                }
                Rt.setattr(wrapper, "__wrapped__", wrapped);
                return wrapper;
            };
        });
        m.put("total_ordering", (PyCallable) (a, k) -> totalOrdering((PyType) a[0]));
        return m;
    }

    private static PyType totalOrdering(PyType cls) {
        String[] ops = {"__lt__", "__le__", "__gt__", "__ge__"};
        String root = null;
        for (String op : ops) {
            if (cls.dict().containsKey(op)) {
                root = op;
                break;
            }
        }
        if (root == null) {
            throw new io.portalis.pylib.ValueError("must define at least one ordering operation: < > <= >=");
        }
        Object f = cls.dict().get(root);
        String r = root;
        for (String op : ops) {
            if (cls.dict().containsKey(op)) {
                continue;
            }
            cls.dict().put(op, PyFunction.of(cls.name() + "." + op, x -> {
                Object self = x[0];
                Object other = x[1];
                Object res = Rt.call(f, self, other);
                if (res == Py.NOT_IMPLEMENTED) {
                    return res;
                }
                boolean rootTrue = Rt.truthy(res);
                boolean equal = Rt.eq(self, other);
                // derive the missing comparison from the defined one and equality, as functools does
                return switch (r + op) {
                    case "__lt____le__", "__gt____ge__" -> rootTrue || equal;
                    case "__lt____gt__", "__gt____lt__" -> !rootTrue && !equal;
                    case "__lt____ge__", "__gt____le__" -> !rootTrue;
                    case "__le____lt__", "__ge____gt__" -> rootTrue && !equal;
                    case "__le____gt__", "__ge____lt__" -> !rootTrue;
                    default -> !rootTrue || equal;
                };
            }, "self", "other"));
        }
        return cls;
    }

    /** {@code functools.lru_cache(maxsize)(f)} and {@code functools.cache(f)}; a negative size is unbounded. */
    static final class LruCache implements PyCallable, PyObject {
        private final Object fn;
        private final long maxsize;
        private final java.util.LinkedHashMap<Object, Object> cache = new java.util.LinkedHashMap<>(16, 0.75f, true);
        private long hits;
        private long misses;

        LruCache(Object fn, long maxsize) {
            this.fn = fn;
            this.maxsize = maxsize;
        }

        @Override
        public Object call(Object[] a, String[] k) {
            List<Object> key = new ArrayList<>(List.of(a));
            key.addAll(List.of(k));
            PyTuple t = PyTuple.from(key);
            Object v = cache.get(t);
            if (v != null || cache.containsKey(t)) {
                hits++;
                return v;
            }
            misses++;
            Object r = Rt.callKw(fn, a, k);
            if (maxsize != 0) {
                cache.put(t, r);
                if (maxsize > 0 && cache.size() > maxsize) {
                    cache.remove(cache.keySet().iterator().next());
                }
            }
            return r;
        }

        @Override
        public String pyTypeName() {
            return "functools._lru_cache_wrapper";
        }

        @Override
        public String repr() {
            return "<functools._lru_cache_wrapper object at 0x" + String.format("%012x", System.identityHashCode(this))
                    + ">";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "cache_info" -> (PyCallable) (a, k) -> new CacheInfo(hits, misses,
                        maxsize < 0 ? null : (Object) maxsize, cache.size());
                case "cache_clear" -> (PyCallable) (a, k) -> {
                    cache.clear();
                    hits = 0;
                    misses = 0;
                    return null;
                };
                case "__wrapped__" -> fn;
                default -> Rt.getattr(fn, name);
            };
        }
    }

    /** What {@code cache_info()} returns. */
    record CacheInfo(long hits, long misses, Object maxsize, long currsize) implements PyObject {
        @Override
        public String pyTypeName() {
            return "CacheInfo";
        }

        @Override
        public String repr() {
            return "CacheInfo(hits=" + hits + ", misses=" + misses + ", maxsize=" + Py.repr(maxsize) + ", currsize="
                    + currsize + ")";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "hits" -> hits;
                case "misses" -> misses;
                case "maxsize" -> maxsize;
                case "currsize" -> currsize;
                default -> PyObject.super.getAttr(name);
            };
        }
    }

    /** {@code functools.partial(f, *args, **kwargs)}. */
    record Partial(Object fn, Object[] args, Object[] kwValues, String[] kwNames) implements PyCallable, PyObject {
        @Override
        public Object call(Object[] a, String[] k) {
            int n = a.length - k.length;
            List<Object> values = new ArrayList<>(List.of(args));
            for (int j = 0; j < n; j++) {
                values.add(a[j]);
            }
            List<String> names = new ArrayList<>();
            List<Object> kv = new ArrayList<>();
            for (int j = 0; j < kwNames.length; j++) {
                if (!List.of(k).contains(kwNames[j])) {
                    names.add(kwNames[j]);
                    kv.add(kwValues[j]);
                }
            }
            for (int j = 0; j < k.length; j++) {
                names.add(k[j]);
                kv.add(a[n + j]);
            }
            values.addAll(kv);
            return Rt.callKw(fn, values.toArray(), names.toArray(String[]::new));
        }

        @Override
        public String pyTypeName() {
            return "functools.partial";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "func" -> fn;
                case "args" -> PyTuple.of(args.clone());
                case "keywords" -> {
                    PyDict<Object, Object> d = new PyDict<>();
                    for (int j = 0; j < kwNames.length; j++) {
                        d.setItem(kwNames[j], kwValues[j]);
                    }
                    yield d;
                }
                default -> PyObject.super.getAttr(name);
            };
        }

        @Override
        public String repr() {
            StringBuilder b = new StringBuilder("functools.partial(").append(Py.repr(fn));
            for (Object x : args) {
                b.append(", ").append(Py.repr(x));
            }
            for (int j = 0; j < kwNames.length; j++) {
                b.append(", ").append(kwNames[j]).append('=').append(Py.repr(kwValues[j]));
            }
            return b.append(')').toString();
        }
    }

    /** {@code functools.cmp_to_key(cmp)}: a key function whose keys compare with {@code cmp}. */
    record CmpToKey(Object cmp) implements PyCallable {
        @Override
        public Object call(Object[] a, String[] k) {
            return new Key(cmp, a[0]);
        }
    }

    /** A key made by {@link CmpToKey}. */
    record Key(Object cmp, Object value) implements PyObject {
        private long c(Object other) {
            return Rt.index(Rt.call(cmp, value, ((Key) other).value));
        }

        @Override
        public Object lt(Object other) {
            return c(other) < 0;
        }

        @Override
        public Object le(Object other) {
            return c(other) <= 0;
        }

        @Override
        public Object gt(Object other) {
            return c(other) > 0;
        }

        @Override
        public Object ge(Object other) {
            return c(other) >= 0;
        }

        @Override
        public String repr() {
            return "<functools.KeyWrapper object>";
        }
    }

    // ---------------------------------------------------------------- operator

    private static boolean isSequence(Object v) {
        return v instanceof List<?> || v instanceof String || v instanceof PyBytes || v instanceof Deque<?>
                || v instanceof Instance i && i.type().lookup("__getitem__") != Rt.MISSING;
    }

    static PyModule operator() {
        PyModule m = new PyModule("operator");
        m.put("add", (PyCallable) (a, k) -> Rt.add(a[0], a[1]));
        m.put("sub", (PyCallable) (a, k) -> Rt.sub(a[0], a[1]));
        m.put("mul", (PyCallable) (a, k) -> Rt.mul(a[0], a[1]));
        m.put("truediv", (PyCallable) (a, k) -> Rt.trueDiv(a[0], a[1]));
        m.put("floordiv", (PyCallable) (a, k) -> Rt.floorDiv(a[0], a[1]));
        m.put("mod", (PyCallable) (a, k) -> Rt.mod(a[0], a[1]));
        m.put("pow", (PyCallable) (a, k) -> Rt.pow(a[0], a[1]));
        m.put("neg", (PyCallable) (a, k) -> Rt.neg(a[0]));
        m.put("pos", (PyCallable) (a, k) -> Rt.pos(a[0]));
        m.put("abs", (PyCallable) (a, k) -> Rt.abs(a[0]));
        m.put("invert", (PyCallable) (a, k) -> Rt.invert(a[0]));
        m.put("inv", (PyCallable) (a, k) -> Rt.invert(a[0]));
        m.put("lshift", (PyCallable) (a, k) -> Rt.lshift(a[0], a[1]));
        m.put("rshift", (PyCallable) (a, k) -> Rt.rshift(a[0], a[1]));
        m.put("matmul", (PyCallable) (a, k) -> Rt.matMul(a[0], a[1]));
        m.put("index", (PyCallable) (a, k) -> Rt.index(a[0]));
        m.put("concat", (PyCallable) (a, k) -> {
            if (!isSequence(a[0])) {
                throw new TypeError("'" + Py.typeName(a[0]) + "' object can't be concatenated");
            }
            return Rt.add(a[0], a[1]);
        });
        m.put("iadd", (PyCallable) (a, k) -> Rt.inplace("+", a[0], a[1]));
        m.put("isub", (PyCallable) (a, k) -> Rt.inplace("-", a[0], a[1]));
        m.put("imul", (PyCallable) (a, k) -> Rt.inplace("*", a[0], a[1]));
        m.put("iconcat", (PyCallable) (a, k) -> {
            if (!isSequence(a[0])) {
                throw new TypeError("'" + Py.typeName(a[0]) + "' object can't be concatenated");
            }
            return Rt.inplace("+", a[0], a[1]);
        });
        m.put("truth", (PyCallable) (a, k) -> Rt.truthy(a[0]));
        m.put("is_", (PyCallable) (a, k) -> Py.is(a[0], a[1]));
        m.put("is_not", (PyCallable) (a, k) -> !Py.is(a[0], a[1]));
        m.put("contains", (PyCallable) (a, k) -> Rt.contains(a[0], a[1]));
        m.put("countOf", (PyCallable) (a, k) -> {
            long n = 0;
            for (Object x : Rt.iterable(a[0])) {
                n += x == a[1] || Rt.eq(x, a[1]) ? 1 : 0;
            }
            return n;
        });
        m.put("indexOf", (PyCallable) (a, k) -> {
            long n = 0;
            for (Object x : Rt.iterable(a[0])) {
                if (x == a[1] || Rt.eq(x, a[1])) {
                    return n;
                }
                n++;
            }
            throw new ValueError("sequence.index(x): x not in sequence");
        });
        m.put("setitem", (PyCallable) (a, k) -> {
            Rt.setItem(a[0], a[1], a[2]);
            return null;
        });
        m.put("delitem", (PyCallable) (a, k) -> {
            Rt.delItem(a[0], a[1]);
            return null;
        });
        m.put("and_", (PyCallable) (a, k) -> Rt.and(a[0], a[1]));
        m.put("or_", (PyCallable) (a, k) -> Rt.or(a[0], a[1]));
        m.put("xor", (PyCallable) (a, k) -> Rt.xor(a[0], a[1]));
        m.put("eq", (PyCallable) (a, k) -> Rt.eq(a[0], a[1]));
        m.put("ne", (PyCallable) (a, k) -> Rt.ne(a[0], a[1]));
        m.put("lt", (PyCallable) (a, k) -> Py.lt(a[0], a[1]));
        m.put("le", (PyCallable) (a, k) -> Py.le(a[0], a[1]));
        m.put("gt", (PyCallable) (a, k) -> Py.gt(a[0], a[1]));
        m.put("ge", (PyCallable) (a, k) -> Py.ge(a[0], a[1]));
        m.put("not_", (PyCallable) (a, k) -> !Rt.truthy(a[0]));
        m.put("getitem", (PyCallable) (a, k) -> Rt.getItem(a[0], a[1]));
        m.put("itemgetter", (PyCallable) (a, k) -> new OperatorObject("itemgetter", a, k, (b, kk) -> {
            if (a.length == 1) {
                return Rt.getItem(b[0], a[0]);
            }
            List<Object> out = new ArrayList<>();
            for (Object key : a) {
                out.add(Rt.getItem(b[0], key));
            }
            return PyTuple.from(out);
        }));
        m.put("attrgetter", (PyCallable) (a, k) -> new OperatorObject("attrgetter", a, k, (b, kk) -> {
            List<Object> out = new ArrayList<>();
            for (Object name : a) {
                Object v = b[0];
                for (String part : ((String) name).split("\\.")) {
                    v = Rt.getattr(v, part);
                }
                out.add(v);
            }
            return a.length == 1 ? out.get(0) : PyTuple.from(out);
        }));
        m.put("methodcaller", (PyCallable) (a, k) -> new OperatorObject("methodcaller", a, k,
                (b, kk) -> Rt.callMethodKw(b[0], (String) a[0], Arrays.copyOfRange(a, 1, a.length), k)));
        return m;
    }

    /**
     * What {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller} return: a callable that answers to
     * CPython's type name ({@code operator.itemgetter}) and repr ({@code operator.itemgetter(1, 0)}).
     *
     * @param kind the factory's name
     * @param args the factory's arguments
     * @param kwnames the names of its trailing keyword arguments, or null
     * @param body what a call runs
     */
    record OperatorObject(String kind, Object[] args, String[] kwnames, PyCallable body) implements PyCallable, PyObject {
        @Override
        public Object call(Object[] a, String[] kw) {
            return body.call(a, kw);
        }

        @Override
        public String pyTypeName() {
            return "operator." + kind;
        }

        @Override
        public String repr() {
            int named = kwnames == null ? 0 : kwnames.length;
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                int kw = i - (args.length - named);
                parts.add((kw >= 0 ? kwnames[kw] + "=" : "") + Py.repr(args[i]));
            }
            return pyTypeName() + "(" + String.join(", ", parts) + ")";
        }
    }

    // ---------------------------------------------------------------- json, string

    private static final Set<String> DUMPS_KEYWORDS = Set.of("indent", "sort_keys", "separators", "ensure_ascii",
            "allow_nan", "default", "skipkeys", "check_circular");

    static PyModule json() {
        PyModule m = new PyModule("json");
        m.put("dumps", (PyCallable) (a, k) -> {
            for (String name : k) {
                if (!DUMPS_KEYWORDS.contains(name)) {
                    // dumps passes its keywords on to the encoder it makes, which names itself in the error
                    throw new TypeError("JSONEncoder.__init__() got an unexpected keyword argument '" + name + "'");
                }
            }
            if (npos(a, k) != 1) {
                throw new TypeError("dumps() takes 1 positional argument but " + npos(a, k) + " were given");
            }
            JsonModule.Options o = JsonModule.Options.DEFAULT;
            Object indent = Args.kw(a, k, "indent", null);
            if (indent instanceof String unit) {
                o = o.withIndent(unit);
            } else if (indent != null) {
                o = o.withIndent((int) i(indent));
            }
            o = o.withSortKeys(Rt.truthy(Args.kw(a, k, "sort_keys", false)));
            Object sep = Args.kw(a, k, "separators", null);
            if (sep != null) {
                PyTuple t = PyTuple.from(Rt.iterable(sep));
                if (t.size() != 2) {
                    throw new ValueError("not enough values to unpack (expected 2, got " + t.size() + ")");
                }
                o = o.withSeparators((String) t.get(0), (String) t.get(1));
            }
            o = o.withEnsureAscii(Rt.truthy(Args.kw(a, k, "ensure_ascii", true)));
            o = o.withAllowNan(Rt.truthy(Args.kw(a, k, "allow_nan", true)));
            o = o.withKeysAndCycles(Rt.truthy(Args.kw(a, k, "skipkeys", false)),
                    Rt.truthy(Args.kw(a, k, "check_circular", true)));
            Object dflt = Args.kw(a, k, "default", null);
            if (dflt != null) {
                o = o.withDefault(v -> Rt.call(dflt, v));
            }
            return JsonModule.dumps(a[0], o);
        });
        m.put("loads", (PyCallable) (a, k) -> JsonModule.loads((String) a[0]));
        m.put("JSONDecodeError", Types.JSON_DECODE_ERROR);
        return m;
    }

    static PyModule string() {
        PyModule m = new PyModule("string");
        m.put("ascii_lowercase", StringModule.ascii_lowercase).put("ascii_uppercase", StringModule.ascii_uppercase)
                .put("ascii_letters", StringModule.ascii_letters).put("digits", StringModule.digits)
                .put("hexdigits", StringModule.hexdigits).put("octdigits", StringModule.octdigits)
                .put("punctuation", StringModule.punctuation).put("whitespace", StringModule.whitespace)
                .put("printable", StringModule.printable);
        m.put("capwords", (PyCallable) (a, k) -> {
            String sep = a.length > 1 ? (String) a[1] : null;
            List<Object> words = new ArrayList<>();
            for (Object w : sep == null ? Strs.split((String) a[0]) : Strs.split((String) a[0], sep)) {
                words.add(Strs.capitalize((String) w));
            }
            return Strs.join(sep == null ? " " : sep, words);
        });
        m.put("Template", (PyCallable) (a, k) -> {
            Args.exact("Template", a, k, 1);
            if (!(a[0] instanceof String text)) {
                throw new TypeError("expected string or bytes-like object, got '" + Py.typeName(a[0]) + "'");
            }
            return new TemplateValue(new StringTemplate(text));
        });
        m.put("Formatter", (PyCallable) (a, k) -> {
            Args.exact("Formatter", a, k, 0);
            return new FormatterValue();
        });
        return m;
    }

    /** A {@code string.Template} instance. */
    record TemplateValue(StringTemplate t) implements PyObject {
        @Override
        public String pyTypeName() {
            return "Template";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "template" -> t.template();
                case "substitute" -> (PyCallable) (a, k) -> substitute(a, k, false);
                case "safe_substitute" -> (PyCallable) (a, k) -> substitute(a, k, true);
                default -> PyObject.super.getAttr(name);
            };
        }

        private String substitute(Object[] a, String[] k, boolean safe) {
            int n = npos(a, k);
            if (n > 1) {
                throw new TypeError("Template." + (safe ? "safe_substitute" : "substitute")
                        + "() takes from 1 to 2 positional arguments but " + (n + 1) + " were given");
            }
            Object mapping = n == 1 ? a[0] : null;
            return t.substitute(name -> {
                for (int j = 0; j < k.length; j++) {
                    if (k[j].equals(name)) {
                        return Rt.str(a[n + j]);
                    }
                }
                if (mapping == null) {
                    return null;
                }
                try {
                    return Rt.str(Rt.getItem(mapping, name));
                } catch (KeyError e) {
                    return null;
                }
            }, safe);
        }
    }

    /** A {@code string.Formatter} instance: {@code format} and {@code parse}. */
    record FormatterValue() implements PyObject {
        @Override
        public String pyTypeName() {
            return "Formatter";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "format" -> (PyCallable) (a, k) -> Methods.call(a[0], "format",
                        java.util.Arrays.copyOfRange(a, 1, a.length), k);
                case "vformat" -> (PyCallable) (a, k) -> {
                    List<Object> args = new ArrayList<>();
                    for (Object x : Rt.iterable(a[1])) {
                        args.add(x);
                    }
                    java.util.Map<String, Object> kws = new java.util.LinkedHashMap<>();
                    for (Object key : Rt.iterable(a[2])) {
                        kws.put((String) key, Rt.getItem(a[2], key));
                    }
                    return PyFormat.strFormat((String) a[0], args, kws, Methods.FORMAT_FIELDS);
                };
                case "parse" -> (PyCallable) (a, k) -> PyIterator.of(StringTemplate.parse((String) a[0]).iterator(),
                        "formatteriterator");
                default -> PyObject.super.getAttr(name);
            };
        }
    }
}

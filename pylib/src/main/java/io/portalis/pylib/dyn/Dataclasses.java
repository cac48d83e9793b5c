package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dataclasses} module: {@code @dataclass} generates {@code __init__}, {@code __repr__},
 * {@code __eq__}, ordering, hashing and frozenness from a class's annotated fields, as CPython's does.
 */
public final class Dataclasses {
    /** {@code dataclasses.FrozenInstanceError}, an {@code AttributeError}. */
    public static final PyType FROZEN_INSTANCE_ERROR = PyType.create("FrozenInstanceError",
            new Object[] {Types.named("AttributeError")}, Map.of());

    private static final String FIELDS = "__dataclass_fields__";

    private Dataclasses() {
    }

    /**
     * One field of a dataclass, as {@code field(...)} describes it and {@code fields()} returns it.
     *
     * @param name the field name (null until the class is processed)
     * @param dflt the default, or {@link Signature#REQUIRED}
     * @param factory the default factory, or null
     * @param init whether {@code __init__} takes it
     * @param inRepr whether {@code __repr__} shows it
     * @param compare whether comparisons use it
     */
    public record Field(String name, Object dflt, Object factory, boolean init, boolean inRepr, boolean compare)
            implements PyObject {
        @Override
        public String pyTypeName() {
            return "Field";
        }

        @Override
        public String repr() {
            return "Field(name=" + Py.repr(name) + ")";
        }

        @Override
        public Object getAttr(String attr) {
            return switch (attr) {
                case "name" -> name;
                case "default" -> dflt == Signature.REQUIRED ? Rt.MISSING : dflt;
                case "default_factory" -> factory;
                default -> PyObject.super.getAttr(attr);
            };
        }

        Field named(String n) {
            return new Field(n, dflt, factory, init, inRepr, compare);
        }
    }

    /**
     * The module as a value.
     *
     * @return {@code dataclasses}
     */
    public static PyModule module() {
        PyModule m = new PyModule("dataclasses");
        m.put("dataclass", (PyCallable) Dataclasses::dataclass);
        m.put("field", (PyCallable) (a, k) -> {
            Args.onlyKw("field", k, "default", "default_factory", "init", "repr", "compare", "hash", "kw_only");
            if (a.length > k.length) {
                throw new TypeError("field() takes 0 positional arguments but " + (a.length - k.length)
                        + " were given");
            }
            return new Field(null, Args.kw(a, k, "default", Signature.REQUIRED), Args.kw(a, k, "default_factory", null),
                    Rt.truthy(Args.kw(a, k, "init", true)), Rt.truthy(Args.kw(a, k, "repr", true)),
                    Rt.truthy(Args.kw(a, k, "compare", true)));
        });
        m.put("fields", (PyCallable) (a, k) -> PyTuple.from(fieldsOf(a[0] instanceof PyType t ? t : Rt.type(a[0]))));
        m.put("asdict", (PyCallable) (a, k) -> asdict(a[0]));
        m.put("astuple", (PyCallable) (a, k) -> astuple(a[0]));
        m.put("replace", (PyCallable) Dataclasses::replace);
        m.put("is_dataclass", (PyCallable) (a, k) -> (a[0] instanceof PyType t ? t : Rt.type(a[0])).lookup(FIELDS) != Rt.MISSING);
        m.put("FrozenInstanceError", FROZEN_INSTANCE_ERROR);
        return m;
    }

    private static Object dataclass(Object[] a, String[] k) {
        int npos = a.length - k.length;
        Args.onlyKw("dataclass", k, "init", "repr", "eq", "order", "frozen", "unsafe_hash");
        boolean init = Rt.truthy(Args.kw(a, k, "init", true));
        boolean repr = Rt.truthy(Args.kw(a, k, "repr", true));
        boolean eq = Rt.truthy(Args.kw(a, k, "eq", true));
        boolean order = Rt.truthy(Args.kw(a, k, "order", false));
        boolean frozen = Rt.truthy(Args.kw(a, k, "frozen", false));
        if (npos == 1) {
            return process((PyType) a[0], init, repr, eq, order, frozen);
        }
        return (PyCallable) (b, kk) -> process((PyType) b[0], init, repr, eq, order, frozen);
    }

    @SuppressWarnings("unchecked")
    private static List<Field> fieldsOf(PyType t) {
        Object f = t.lookup(FIELDS);
        if (f == Rt.MISSING) {
            throw new TypeError("must be called with a dataclass type or instance");
        }
        return (List<Field>) f;
    }

    @SuppressWarnings("unchecked")
    private static PyType process(PyType cls, boolean init, boolean repr, boolean eq, boolean order, boolean frozen) {
        if (order && !eq) {
            throw new io.portalis.pylib.ValueError("eq must be true if order is true");
        }
        Map<String, Field> all = new LinkedHashMap<>();
        for (int i = cls.mro().size() - 1; i > 0; i--) {
            Object inherited = cls.mro().get(i).dict().get(FIELDS);
            if (inherited != null) {
                for (Field f : (List<Field>) inherited) {
                    all.put(f.name(), f);
                }
            }
        }
        Object order0 = cls.dict().get("__fieldorder__");
        List<String> names = order0 == null ? List.of() : (List<String>) order0;
        for (String n : names) {
            Object v = cls.dict().containsKey(n) ? cls.dict().get(n) : Signature.REQUIRED;
            Field f = v instanceof Field fd ? fd.named(n) : new Field(n, v, null, true, true, true);
            if (f.factory() == null && (f.dflt() instanceof PyList<?> || f.dflt() instanceof PyDict<?, ?>
                    || f.dflt() instanceof io.portalis.pylib.PySet<?>)) {
                throw new io.portalis.pylib.ValueError("mutable default " + Rt.type(f.dflt()).repr()
                        + " for field " + n + " is not allowed: use default_factory");
            }
            if (v instanceof Field) {
                if (f.dflt() == Signature.REQUIRED) {
                    cls.dict().remove(n);
                } else {
                    cls.dict().put(n, f.dflt());
                }
            }
            all.put(n, f);
        }
        List<Field> fields = new ArrayList<>(all.values());
        cls.dict().put(FIELDS, fields);
        List<Object> matchArgs = new ArrayList<>();
        for (Field f : fields) {
            if (f.init()) {
                matchArgs.add(f.name());
            }
        }
        cls.dict().putIfAbsent("__match_args__", PyTuple.from(matchArgs));
        String name = cls.name();
        if (init) {
            cls.dict().put("__init__", initFunction(name, fields, frozen));
        }
        if (repr && !cls.dict().containsKey("__repr__")) {
            cls.dict().put("__repr__", PyFunction.of(name + ".__repr__", a -> {
                StringBuilder b = new StringBuilder(name).append('(');
                boolean first = true;
                for (Field f : fields) {
                    if (f.inRepr()) {
                        b.append(first ? "" : ", ").append(f.name()).append('=')
                                .append(Py.repr(Rt.getattr(a[0], f.name())));
                        first = false;
                    }
                }
                return b.append(')').toString();
            }, "self"));
        }
        if (eq && !cls.dict().containsKey("__eq__")) {
            cls.dict().put("__eq__", PyFunction.of(name + ".__eq__", a -> Rt.type(a[1]) == Rt.type(a[0])
                    ? (Object) Py.eq(key(a[0], fields), key(a[1], fields)) : Py.NOT_IMPLEMENTED, "self", "other"));
        }
        if (order) {
            String[][] ops = {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}};
            for (String[] op : ops) {
                cls.dict().put(op[0], PyFunction.of(name + "." + op[0], a -> {
                    if (Rt.type(a[1]) != Rt.type(a[0])) {
                        return Py.NOT_IMPLEMENTED;
                    }
                    PyTuple x = key(a[0], fields);
                    PyTuple y = key(a[1], fields);
                    return switch (op[1]) {
                        case "<" -> Py.lt(x, y);
                        case "<=" -> Py.le(x, y);
                        case ">" -> Py.gt(x, y);
                        default -> Py.ge(x, y);
                    };
                }, "self", "other"));
            }
        }
        if (frozen) {
            cls.dict().put("__setattr__", PyFunction.of(name + ".__setattr__", a -> {
                throw frozenError((String) a[1]);
            }, "self", "name", "value"));
            cls.dict().put("__delattr__", PyFunction.of(name + ".__delattr__", a -> {
                throw Rt.raise(FROZEN_INSTANCE_ERROR.call(new Object[] {"cannot delete field '" + a[1] + "'"},
                        PyCallable.NO_KW));
            }, "self", "name"));
        }
        if (eq && !cls.dict().containsKey("__hash__")) {
            if (frozen) {
                cls.dict().put("__hash__", PyFunction.of(name + ".__hash__", a -> Py.hash(key(a[0], fields)),
                        "self"));
            } else {
                cls.dict().put("__hash__", null);
            }
        }
        return cls;
    }

    private static io.portalis.pylib.PyBaseException frozenError(String field) {
        return Rt.raise(FROZEN_INSTANCE_ERROR.call(new Object[] {"cannot assign to field '" + field + "'"},
                PyCallable.NO_KW));
    }

    private static PyTuple key(Object self, List<Field> fields) {
        List<Object> values = new ArrayList<>();
        for (Field f : fields) {
            if (f.compare()) {
                values.add(Rt.getattr(self, f.name()));
            }
        }
        return PyTuple.from(values);
    }

    private static PyFunction initFunction(String name, List<Field> fields, boolean frozen) {
        List<String> params = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        List<Field> inInit = new ArrayList<>();
        params.add("self");
        for (Field f : fields) {
            if (!f.init()) {
                continue;
            }
            boolean hasDefault = f.dflt() != Signature.REQUIRED || f.factory() != null;
            if (!hasDefault && !defaults.isEmpty()) {
                throw new TypeError("non-default argument '" + f.name() + "' follows default argument");
            }
            params.add(f.name());
            inInit.add(f);
            if (hasDefault) {
                defaults.add(f.factory() != null ? FACTORY : f.dflt());
            }
        }
        Signature sig = new Signature(name + ".__init__", params.toArray(String[]::new), 0, false, new String[0],
                false);
        return new PyFunction(sig, defaults.toArray(), new Object[0], a -> {
            Object self = a[0];
            int i = 1;
            for (Field f : fields) {
                Object v;
                if (f.init()) {
                    v = a[i++];
                    if (v == FACTORY) {
                        v = Rt.call(f.factory());
                    }
                } else if (f.factory() != null) {
                    v = Rt.call(f.factory());
                } else if (f.dflt() != Signature.REQUIRED) {
                    v = f.dflt();
                } else {
                    continue;
                }
                Rt.setattrDirect(self, f.name(), v);
            }
            Object post = ((Instance) self).type().lookup("__post_init__");
            if (post != Rt.MISSING) {
                Rt.call(post, self);
            }
            return null;
        });
    }

    /** Stands for a default computed by a {@code default_factory} at each call. */
    private static final Object FACTORY = new Object() {
        @Override
        public String toString() {
            return "<factory>";
        }
    };

    private static Object asdict(Object v) {
        if (v instanceof Instance i && i.type().lookup(FIELDS) != Rt.MISSING) {
            PyDict<Object, Object> d = new PyDict<>();
            for (Field f : fieldsOf(i.type())) {
                d.setItem(f.name(), asdict(Rt.getattr(v, f.name())));
            }
            return d;
        }
        if (v instanceof PyList<?> l) {
            PyList<Object> out = new PyList<>();
            l.forEach(x -> out.add(asdict(x)));
            return out;
        }
        if (v instanceof PyTuple t) {
            List<Object> out = new ArrayList<>();
            t.forEach(x -> out.add(asdict(x)));
            return PyTuple.from(out);
        }
        if (v instanceof PyDict<?, ?> d) {
            PyDict<Object, Object> out = new PyDict<>();
            for (Object k : d) {
                out.setItem(asdict(k), asdict(d.getItem(k)));
            }
            return out;
        }
        return v;
    }

    private static Object astuple(Object v) {
        if (v instanceof Instance i && i.type().lookup(FIELDS) != Rt.MISSING) {
            List<Object> out = new ArrayList<>();
            for (Field f : fieldsOf(i.type())) {
                out.add(astuple(Rt.getattr(v, f.name())));
            }
            return PyTuple.from(out);
        }
        if (v instanceof PyList<?> l) {
            PyList<Object> out = new PyList<>();
            l.forEach(x -> out.add(astuple(x)));
            return out;
        }
        return v;
    }

    private static Object replace(Object[] a, String[] k) {
        Object obj = a[0];
        PyType t = Rt.type(obj);
        List<Object> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Field f : fieldsOf(t)) {
            if (!f.init()) {
                continue;
            }
            Object v = Args.kw(a, k, f.name(), Rt.MISSING);
            values.add(v == Rt.MISSING ? Rt.getattr(obj, f.name()) : v);
            names.add(f.name());
        }
        for (String kn : k) {
            if (!names.contains(kn)) {
                throw new TypeError(t.name() + ".__init__() got an unexpected keyword argument '" + kn + "'");
            }
        }
        return t.call(values.toArray(), names.toArray(String[]::new));
    }
}

package io.portalis.pylib.dyn;

import io.portalis.pylib.KeyError;
import io.portalis.pylib.NotImplementedError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.ValueError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code enum} module: classes deriving from {@code Enum} turn their plain class attributes into members,
 * singletons with a {@code name} and a {@code value}, looked up by value ({@code Color(1)}) or name
 * ({@code Color['RED']}), iterable in definition order with aliases left out.
 */
public final class Enums {
    private static final String MEMBERS = "__enum_members__";
    private static final String ORDER = "__enum_order__";

    /** {@code enum.Enum}. */
    public static final PyType ENUM = PyType.create("Enum", new Object[0], baseNamespace());

    private Enums() {
    }

    /** {@code auto()}: a value the class assigns, one more than the last int value. */
    record Auto() implements io.portalis.pylib.PyRepr {
        @Override
        public String repr() {
            return "auto()";
        }
    }

    private static Map<String, Object> baseNamespace() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__repr__", PyFunction.of("Enum.__repr__", a -> "<" + Rt.type(a[0]).name() + "."
                + Rt.getattr(a[0], "name") + ": " + Py.repr(Rt.getattr(a[0], "value")) + ">", "self"));
        ns.put("__str__", PyFunction.of("Enum.__str__", a -> Rt.type(a[0]).name() + "." + Rt.getattr(a[0], "name"),
                "self"));
        ns.put("__hash__", PyFunction.of("Enum.__hash__", a -> Py.hash(Rt.getattr(a[0], "name")), "self"));
        return ns;
    }

    /**
     * The module as a value.
     *
     * @return {@code enum}
     */
    public static PyModule module() {
        PyModule m = new PyModule("enum");
        m.put("Enum", ENUM);
        m.put("auto", (PyCallable) (a, k) -> new Auto());
        return m;
    }

    static boolean isEnumClass(PyType t) {
        return ENUM != null && t != ENUM && t.mro().contains(ENUM);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> members(PyType t) {
        Object m = t.lookup(MEMBERS);
        return m == Rt.MISSING ? null : (Map<String, Object>) m;
    }

    @SuppressWarnings("unchecked")
    static List<Object> order(PyType t) {
        Object m = t.lookup(ORDER);
        return m == Rt.MISSING ? List.of() : (List<Object>) m;
    }

    /**
     * Turns the class attributes of a new enum class into its members.
     *
     * @throws NotImplementedError when the class or a base defines {@code __new__}, which CPython calls to make each
     *     member and these members are made without
     */
    static void build(PyType t) {
        if (t.lookup("__new__") != Rt.MISSING) {
            throw new NotImplementedError("'__new__' in an Enum class is not supported");
        }
        Map<String, Object> members = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        long lastInt = 0;
        for (Map.Entry<String, Object> e : new ArrayList<>(t.dict().entrySet())) {
            String name = e.getKey();
            Object v = e.getValue();
            if (name.startsWith("_") || v instanceof PyFunction || v instanceof Decorators.Property
                    || v instanceof Decorators.StaticMethod || v instanceof Decorators.ClassMethod
                    || v instanceof PyType) {
                continue;
            }
            if (v instanceof Auto) {
                v = lastInt + 1;
            }
            if (v instanceof Long l) {
                lastInt = l;
            }
            Object existing = null;
            for (Object m : order) {
                if (Rt.eq(Rt.getattr(m, "value"), v)) {
                    existing = m;
                }
            }
            Object member = existing;
            if (member == null) {
                PyInstance inst = new PyInstance(t);
                inst.dict().put("name", name);
                inst.dict().put("value", v);
                inst.dict().put("_name_", name);
                inst.dict().put("_value_", v);
                member = inst;
                order.add(inst);
                Object init = t.lookup("__init__");
                if (init instanceof PyFunction f) {
                    f.callWithSelf(inst, v instanceof io.portalis.pylib.PyTuple tup ? tup.toArray() : new Object[] {v},
                            PyCallable.NO_KW);
                }
            }
            members.put(name, member);
            t.dict().put(name, member);
        }
        t.dict().put(MEMBERS, members);
        t.dict().put(ORDER, order);
    }

    /** {@code Color(value)}. */
    static Object byValue(PyType t, Object value) {
        for (Object m : order(t)) {
            if (Rt.eq(Rt.getattr(m, "value"), value)) {
                return m;
            }
        }
        if (Rt.type(value) == t) {
            return value;
        }
        throw new ValueError(Py.repr(value) + " is not a valid " + t.name());
    }

    /** {@code Color[name]}. */
    static Object byName(PyType t, Object name) {
        Map<String, Object> m = members(t);
        Object v = m.get(name);
        if (v == null) {
            throw new KeyError(name);
        }
        return v;
    }

    /** {@code Color.__members__}. */
    static PyDict<Object, Object> membersDict(PyType t) {
        PyDict<Object, Object> d = new PyDict<>();
        members(t).forEach(d::setItem);
        return d;
    }
}

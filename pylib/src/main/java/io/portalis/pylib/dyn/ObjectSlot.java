package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;
import java.util.Map;

/**
 * A special method that every class inherits from {@code object} ({@code object.__eq__}, {@code object.__hash__},
 * ...) read from a class that does not define it: one value per name, so that {@code C.__eq__ is object.__eq__}
 * holds as in CPython, and callable with the instance as first argument.
 *
 * @param name the method name
 */
record ObjectSlot(String name) implements PyCallable, PyObject {
    private static final Map<String, ObjectSlot> SLOTS = Map.ofEntries(
            slot("__eq__"), slot("__ne__"), slot("__lt__"), slot("__le__"), slot("__gt__"), slot("__ge__"),
            slot("__hash__"), slot("__repr__"), slot("__str__"), slot("__init__"), slot("__setattr__"),
            slot("__delattr__"), slot("__format__"));

    private static Map.Entry<String, ObjectSlot> slot(String name) {
        return Map.entry(name, new ObjectSlot(name));
    }

    /**
     * @param name an attribute name
     * @return object's slot of that name, or null when object has none by that name
     */
    static ObjectSlot of(String name) {
        return SLOTS.get(name);
    }

    @Override
    public Object call(Object[] a, String[] k) {
        Args.noKw("object." + name, k);
        int want = switch (name) {
            case "__hash__", "__repr__", "__str__" -> 1;
            case "__setattr__" -> 3;
            case "__init__" -> a.length;
            default -> 2;
        };
        if (a.length != want || a.length == 0) {
            throw new io.portalis.pylib.TypeError("expected " + (want - 1) + " argument" + (want == 2 ? "" : "s")
                    + ", got " + Math.max(0, a.length - 1));
        }
        Object self = a[0];
        return switch (name) {
            case "__eq__" -> self == a[1] ? Boolean.TRUE : Py.NOT_IMPLEMENTED;
            case "__ne__" -> {
                Object eq = Rt.callMethod(self, "__eq__", a[1]);
                yield eq == Py.NOT_IMPLEMENTED ? eq : !Py.truthy(eq);
            }
            case "__hash__" -> (long) System.identityHashCode(self);
            case "__repr__" -> self instanceof PyInstance p ? p.defaultRepr() : Py.repr(self);
            case "__str__" -> Rt.str(self);
            case "__init__" -> null;
            case "__setattr__" -> {
                Rt.setattrDirect(self, (String) a[1], a[2]);
                yield null;
            }
            case "__delattr__" -> {
                ((Instance) self).dict().remove((String) a[1]);
                yield null;
            }
            case "__format__" -> Rt.format(self, (String) a[1]);
            default -> Py.NOT_IMPLEMENTED;
        };
    }

    @Override
    public String pyTypeName() {
        return "wrapper_descriptor";
    }

    @Override
    public String repr() {
        return "<slot wrapper '" + name + "' of 'object' objects>";
    }
}

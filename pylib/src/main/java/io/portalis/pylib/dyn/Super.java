package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyRepr;

/**
 * {@code super()}: looks attributes up along the receiver's method resolution order, after the class the method
 * was defined in.
 *
 * @param cls the class whose successors are searched
 * @param self the receiver
 */
public record Super(Object cls, Object self) implements PyRepr {
    /**
     * Looks an attribute up after {@code cls}.
     *
     * @param name the attribute
     * @return the value, bound to the receiver, or {@link Rt#MISSING}
     */
    Object lookup(String name) {
        PyType start = (PyType) cls;
        PyType type = self instanceof PyType t ? t : Rt.type(self);
        java.util.List<PyType> mro = type.mro();
        int i = mro.indexOf(start);
        for (int k = i + 1; k < mro.size(); k++) {
            PyType t = mro.get(k);
            if (t.isBuiltin()) {
                Object b = builtinMethod(t, name);
                if (b != Rt.MISSING) {
                    return b;
                }
                continue;
            }
            Object v = t.dict().get(name);
            if (v != null || t.dict().containsKey(name)) {
                if (v instanceof PyFunction f) {
                    return self instanceof PyType ? f : new BoundMethod(self, f);
                } else if (v instanceof Decorators.ClassMethod c) {
                    return new BoundMethod(type, c.fn());
                } else if (v instanceof Decorators.StaticMethod s) {
                    return s.fn();
                } else if (v instanceof Decorators.Property p) {
                    return Rt.call(p.getter(), self);
                }
                return v;
            }
        }
        return Rt.MISSING;
    }

    private Object builtinMethod(PyType t, String name) {
        Object me = self;
        switch (name) {
            case "__new__":
                return t.isException() ? NewSlot.BASE_EXCEPTION : t == Types.OBJECT ? NewSlot.OBJECT : Rt.MISSING;
            case "__init__":
                if (t.isException() && me instanceof UserException u) {
                    return (PyCallable) (a, k) -> {
                        u.initBase(a, k);
                        return null;
                    };
                }
                if (t == Types.OBJECT) {
                    return (PyCallable) (a, k) -> null;
                }
                return Rt.MISSING;
            case "__setattr__":
                return (PyCallable) (a, k) -> {
                    Rt.setattrDirect(me, (String) a[0], a[1]);
                    return null;
                };
            case "__str__":
                return (PyCallable) (a, k) -> me instanceof UserException u ? u.defaultStr() : Py.repr(me);
            case "__repr__":
                return (PyCallable) (a, k) -> me instanceof PyInstance i ? i.defaultRepr() : Py.repr(me);
            case "__eq__":
                return (PyCallable) (a, k) -> me == a[0] ? Boolean.TRUE : Py.NOT_IMPLEMENTED;
            case "__hash__":
                return (PyCallable) (a, k) -> (long) System.identityHashCode(me);
            default:
                return Rt.MISSING;
        }
    }

    @Override
    public String repr() {
        return "<super: <class '" + ((PyType) cls).name() + "'>, <" + Py.typeName(self) + " object>>";
    }
}

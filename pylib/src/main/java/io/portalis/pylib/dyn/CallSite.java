package io.portalis.pylib.dyn;

import io.portalis.pylib.TypeError;

/**
 * One call of a name that a class statement binds ({@code Node(a, b)}), with a constructor fast path: while the
 * callee is the class seen last time (the class flushes the site when it or a base changes), and calling it only
 * allocates an
 * instance and runs its {@code __init__} (see {@link PyType#plainConstruction}), the site does that itself, calling
 * {@code __init__} without binding when the arguments are exactly its positional parameters. Any other callee goes
 * through {@link Rt#call}, so behaviour, error messages included, is the dynamic call's.
 */
public final class CallSite {
    /**
     * The class seen last and its {@code __init__}.
     *
     * @param type the class
     * @param init its {@code __init__}
     * @param direct the direct code of {@code init}
     */
    private record Ctor(PyType type, PyFunction init, Object direct) {
    }

    private final String name;
    private Ctor ctor;
    /** Registered with the class cached, which calls it when it changes. */
    private final LayoutCache flusher = type -> {
        Ctor c = ctor;
        if (c != null && c.type == type) {
            ctor = null;
        }
    };

    /**
     * A site calling what {@code name} is bound to.
     *
     * @param name the callee's name
     */
    public CallSite(String name) {
        this.name = name;
    }

    /** @return the callee's name */
    public String name() {
        return name;
    }

    /** The constructor for {@code t} when calling it is plain construction, else null. */
    private PyFunction init(PyType t) {
        Ctor c = ctor;
        if (c != null && c.type == t) {
            return c.init;
        }
        int version = t.version;
        if (t.plainConstruction() && t.lookup("__init__") instanceof PyFunction f) {
            t.cachedBy(flusher);
            ctor = new Ctor(t, f, f.direct);
            if (t.version != version) {
                // changed while being looked up: its flush may have come first
                ctor = null;
            }
            return f;
        }
        return null;
    }

    /**
     * A new instance of {@code f} when calling it is plain construction and its {@code __init__}'s direct code is
     * {@code code}, for translated code that runs the {@code __init__} it knows itself; the caller then calls that
     * code with the instance and its arguments and returns {@link #constructed}. Calling such a class only
     * allocates an instance and runs its {@code __init__}, so this is exactly the call {@code f(...)}.
     *
     * @param f the callee
     * @param code the direct code of an {@code __init__} (the object its {@code PyFunction.direct} factory was given)
     * @return the instance, or null when the call must take {@link #call} or its siblings
     */
    public PyInstance instance(Object f, Object code) {
        Ctor k = ctor;
        if (k != null && k.type == f) {
            return k.direct == code ? new PyInstance(k.type) : null;
        }
        return f instanceof PyType t && init(t) instanceof PyFunction init && init.direct == code
                ? new PyInstance(t) : null;
    }

    /**
     * What a constructor call returns once the {@code __init__} of an {@link #instance} returned.
     *
     * @param self the instance
     * @param initResult what {@code __init__} returned
     * @return the instance
     * @throws TypeError when {@code __init__} returned something other than None (CPython's message)
     */
    public static Object constructed(PyInstance self, Object initResult) {
        return PyType.initialized(self, initResult);
    }

    /**
     * {@code f()}.
     *
     * @param f the callee
     * @return the result
     * @throws TypeError when {@code f} is not callable or does not take the arguments
     */
    public Object call(Object f) {
        Ctor k = ctor;
        PyFunction.Direct1 d;
        if (k != null && k.type == f && (d = k.init.direct1) != null) {
            PyInstance self = new PyInstance(k.type);
            return PyType.initialized(self, d.call(self));
        }
        return slow(f);
    }

    private Object slow(Object f) {
        if (f instanceof PyType t && init(t) instanceof PyFunction init) {
            PyInstance self = new PyInstance(t);
            return PyType.initialized(self, init.direct instanceof PyFunction.Direct1 d ? d.call(self)
                    : init.call(new Object[] {self}, PyCallable.NO_KW));
        }
        return Rt.call(f);
    }

    /**
     * {@code f(a)}.
     *
     * @param f the callee
     * @param a the argument
     * @return the result
     * @throws TypeError when {@code f} is not callable or does not take the arguments
     */
    public Object call(Object f, Object a) {
        Ctor k = ctor;
        PyFunction.Direct2 d;
        if (k != null && k.type == f && (d = k.init.direct2) != null) {
            PyInstance self = new PyInstance(k.type);
            return PyType.initialized(self, d.call(self, a));
        }
        return slow(f, a);
    }

    private Object slow(Object f, Object a) {
        if (f instanceof PyType t && init(t) instanceof PyFunction init) {
            PyInstance self = new PyInstance(t);
            return PyType.initialized(self, init.direct instanceof PyFunction.Direct2 d ? d.call(self, a)
                    : init.call(new Object[] {self, a}, PyCallable.NO_KW));
        }
        return Rt.call(f, a);
    }

    /**
     * {@code f(a, b)}.
     *
     * @param f the callee
     * @param a the first argument
     * @param b the second argument
     * @return the result
     * @throws TypeError when {@code f} is not callable or does not take the arguments
     */
    public Object call(Object f, Object a, Object b) {
        Ctor k = ctor;
        PyFunction.Direct3 d;
        if (k != null && k.type == f && (d = k.init.direct3) != null) {
            PyInstance self = new PyInstance(k.type);
            return PyType.initialized(self, d.call(self, a, b));
        }
        return slow(f, a, b);
    }

    private Object slow(Object f, Object a, Object b) {
        if (f instanceof PyType t && init(t) instanceof PyFunction init) {
            PyInstance self = new PyInstance(t);
            return PyType.initialized(self, init.direct instanceof PyFunction.Direct3 d ? d.call(self, a, b)
                    : init.call(new Object[] {self, a, b}, PyCallable.NO_KW));
        }
        return Rt.call(f, a, b);
    }

    /**
     * {@code f(a, b, c)}.
     *
     * @param f the callee
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     * @throws TypeError when {@code f} is not callable or does not take the arguments
     */
    public Object call(Object f, Object a, Object b, Object c) {
        Ctor k = ctor;
        PyFunction.Direct4 d;
        if (k != null && k.type == f && (d = k.init.direct4) != null) {
            PyInstance self = new PyInstance(k.type);
            return PyType.initialized(self, d.call(self, a, b, c));
        }
        return slow(f, a, b, c);
    }

    private Object slow(Object f, Object a, Object b, Object c) {
        if (f instanceof PyType t && init(t) instanceof PyFunction init) {
            PyInstance self = new PyInstance(t);
            return PyType.initialized(self, init.direct instanceof PyFunction.Direct4 d ? d.call(self, a, b, c)
                    : init.call(new Object[] {self, a, b, c}, PyCallable.NO_KW));
        }
        return Rt.call(f, a, b, c);
    }

    /**
     * {@code f(args...)} with any number of positional arguments.
     *
     * @param f the callee
     * @param args the arguments
     * @return the result
     * @throws TypeError when {@code f} is not callable or does not take the arguments
     */
    public Object callN(Object f, Object[] args) {
        if (f instanceof PyType t && init(t) instanceof PyFunction init) {
            PyInstance self = new PyInstance(t);
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return PyType.initialized(self, init.call(all, PyCallable.NO_KW));
        }
        return Rt.call(f, args);
    }
}

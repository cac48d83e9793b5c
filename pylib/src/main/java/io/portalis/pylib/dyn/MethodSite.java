package io.portalis.pylib.dyn;

import io.portalis.pylib.TypeError;

/**
 * One {@code obj.name(args)} place in a translated program, with an inline cache: for each instance layout seen
 * there (class, the class's {@link PyType#version version}, instance {@link Shape}) whose lookup found a plain
 * function in the class and no instance attribute shadowing it, the site keeps the function and calls it with the
 * receiver first, without building a bound method, and without binding when the arguments are exactly its
 * positional parameters. Everything else (other receivers, static and class methods, properties, a method
 * replaced on the instance, keyword arguments) goes through {@link Rt#callMethodKw}, so behaviour, error messages
 * included, is the dynamic call's.
 */
public final class MethodSite {
    private static final int LIMIT = 4;

    /**
     * A cached method for one layout, in an immutable list.
     *
     * @param type the receiver's class
     * @param version the class's version when found
     * @param shape the receiver's shape, which does not hold the name
     * @param fn the function
     * @param rest the other layouts
     */
    private record Entry(PyType type, int version, Shape shape, PyFunction fn, Entry rest) {
    }

    private static final Object[] NO_ARGS = {};

    private final String name;
    private Entry entries;

    /**
     * A site calling method {@code name}.
     *
     * @param name the method name
     */
    public MethodSite(String name) {
        this.name = name;
    }

    /** @return the method name */
    public String name() {
        return name;
    }

    /** The cached function for the receiver's layout, or null. */
    private PyFunction cached(PyInstance i) {
        PyType t = i.type();
        Shape s = i.dict().shape;
        for (Entry e = entries; e != null; e = e.rest) {
            if (e.shape == s && e.type == t && e.version == t.version) {
                return e.fn;
            }
        }
        return null;
    }

    /** Looks the method up for the receiver's layout, caching a plain function; null when it is not one. */
    private PyFunction resolve(PyInstance i) {
        PyType t = i.type();
        int version = t.version;
        Shape s = i.dict().shape;
        if (!(t.lookup(name) instanceof PyFunction f) || s.slot(name) >= 0) {
            return null;
        }
        java.util.ArrayList<Entry> kept = new java.util.ArrayList<>();
        for (Entry x = entries; x != null && kept.size() < LIMIT - 1; x = x.rest) {
            if (x.type.version == x.version && !(x.type == t && x.shape == s)) {
                kept.add(x);
            }
        }
        Entry out = null;
        for (int k = kept.size() - 1; k >= 0; k--) {
            Entry x = kept.get(k);
            out = new Entry(x.type, x.version, x.shape, x.fn, out);
        }
        entries = new Entry(t, version, s, f, out);
        return f;
    }

    private PyFunction method(Object obj) {
        if (obj instanceof PyInstance i) {
            PyFunction f = cached(i);
            return f != null ? f : resolve(i);
        }
        return null;
    }

    /**
     * {@code obj.name()}.
     *
     * @param obj the receiver
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct1 d) {
                return d.call(obj);
            }
            return f.call(new Object[] {obj}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, NO_ARGS, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(a)}.
     *
     * @param obj the receiver
     * @param a the argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj, Object a) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct2 d) {
                return d.call(obj, a);
            }
            return f.callWithSelf(obj, new Object[] {a}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, new Object[] {a}, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(a, b)}.
     *
     * @param obj the receiver
     * @param a the first argument
     * @param b the second argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj, Object a, Object b) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct3 d) {
                return d.call(obj, a, b);
            }
            return f.callWithSelf(obj, new Object[] {a, b}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, new Object[] {a, b}, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(a, b, c)}.
     *
     * @param obj the receiver
     * @param a the first argument
     * @param b the second argument
     * @param c the third argument
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object call(Object obj, Object a, Object b, Object c) {
        PyFunction f = method(obj);
        if (f != null) {
            if (f.direct instanceof PyFunction.Direct4 d) {
                return d.call(obj, a, b, c);
            }
            return f.callWithSelf(obj, new Object[] {a, b, c}, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, new Object[] {a, b, c}, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(args...)} with any number of positional arguments.
     *
     * @param obj the receiver
     * @param args the arguments
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callN(Object obj, Object[] args) {
        PyFunction f = method(obj);
        if (f != null) {
            Object[] all = new Object[args.length + 1];
            all[0] = obj;
            System.arraycopy(args, 0, all, 1, args.length);
            return f.call(all, PyCallable.NO_KW);
        }
        return Rt.callMethodKw(obj, name, args, PyCallable.NO_KW);
    }

    /**
     * {@code obj.name(args..., k=v...)}.
     *
     * @param obj the receiver
     * @param args positional then keyword values
     * @param kwnames the keyword names
     * @return the result
     * @throws TypeError when the method does not take the arguments (CPython's message)
     */
    public Object callKw(Object obj, Object[] args, String[] kwnames) {
        PyFunction f = method(obj);
        if (f != null) {
            return f.callWithSelf(obj, args, kwnames);
        }
        return Rt.callMethodKw(obj, name, args, kwnames);
    }

    /** @return how many layouts the site has cached, for tests */
    int cached() {
        int n = 0;
        for (Entry e = entries; e != null; e = e.rest) {
            n++;
        }
        return n;
    }
}

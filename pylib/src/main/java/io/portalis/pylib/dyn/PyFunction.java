package io.portalis.pylib.dyn;

import io.portalis.pylib.PyObject;

/**
 * A Python function as a value: what {@code def} and {@code lambda} create. Its body receives the bound-argument
 * array laid out by its {@link Signature}; defaults are evaluated once, when the function is defined.
 */
public final class PyFunction implements PyCallable, PyObject {
    /** The code of a function, receiving its bound arguments. */
    @FunctionalInterface
    public interface Body {
        /**
         * Runs the function.
         *
         * @param a the bound arguments, laid out as {@link Signature} describes
         * @return the return value
         */
        Object run(Object[] a);
    }

    private final Signature sig;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final Body body;
    /** Attributes set on the function ({@code f.calls = 0}); created when first needed. */
    Instance.Dict attrs;

    /**
     * Creates a function.
     *
     * @param sig its parameters
     * @param defaults values of the last positional parameters' defaults
     * @param kwDefaults defaults of the keyword-only parameters, {@link Signature#REQUIRED} where absent
     * @param body its code
     */
    public PyFunction(Signature sig, Object[] defaults, Object[] kwDefaults, Body body) {
        this.sig = sig;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.body = body;
    }

    /**
     * Creates a function with positional parameters only and no defaults.
     *
     * @param name the qualified name
     * @param body its code
     * @param params the parameter names
     * @return the function
     */
    public static PyFunction of(String name, Body body, String... params) {
        return new PyFunction(new Signature(name, params, 0, false, new String[0], false), new Object[0],
                new Object[0], body);
    }

    /**
     * Sets the function's docstring ({@code __doc__}), as a {@code def} whose body starts with a string literal does.
     *
     * @param doc the docstring
     * @return this function
     */
    public PyFunction withDoc(String doc) {
        if (attrs == null) {
            attrs = new Instance.Dict();
        }
        attrs.put("__doc__", doc);
        return this;
    }

    /** @return the defaults of the last positional parameters */
    Object[] defaults() {
        return defaults;
    }

    /** @return {@code __kwdefaults__}: the keyword-only defaults by name, or None when there are none */
    Object kwDefaultsDict() {
        io.portalis.pylib.PyDict<Object, Object> d = new io.portalis.pylib.PyDict<>();
        for (int i = 0; i < kwDefaults.length; i++) {
            if (kwDefaults[i] != Signature.REQUIRED) {
                d.setItem(sig.kwOnly()[i], kwDefaults[i]);
            }
        }
        return d.isEmpty() ? null : d;
    }

    /** @return the parameters */
    public Signature signature() {
        return sig;
    }

    /** @return the function's simple name ({@code __name__}) */
    public String name() {
        String n = sig.name();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.run(sig.bind(args, kwnames, defaults, kwDefaults));
    }

    /**
     * Calls the function with {@code self} prepended to the arguments, as a bound method does.
     *
     * @param self the receiver
     * @param args positional then keyword values
     * @param kwnames the keyword names
     * @return the result
     */
    public Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return call(all, kwnames);
    }

    @Override
    public String pyTypeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + sig.name() + " at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
    }

    @Override
    public Object getAttr(String name) {
        return Rt.getattr(this, name);
    }
}

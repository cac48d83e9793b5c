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

    /** The code of a function without parameters, called directly. */
    @FunctionalInterface
    public interface Direct0 {
        /** @return the return value */
        Object call();
    }

    /** The code of a function of one positional parameter, called without an argument array. */
    @FunctionalInterface
    public interface Direct1 {
        /**
         * @param a0 the argument
         * @return the return value
         */
        Object call(Object a0);
    }

    /** The code of a function of two positional parameters, called without an argument array. */
    @FunctionalInterface
    public interface Direct2 {
        /**
         * @param a0 the first argument
         * @param a1 the second argument
         * @return the return value
         */
        Object call(Object a0, Object a1);
    }

    /** The code of a function of three positional parameters, called without an argument array. */
    @FunctionalInterface
    public interface Direct3 {
        /**
         * @param a0 the first argument
         * @param a1 the second argument
         * @param a2 the third argument
         * @return the return value
         */
        Object call(Object a0, Object a1, Object a2);
    }

    /** The code of a function of four positional parameters, called without an argument array. */
    @FunctionalInterface
    public interface Direct4 {
        /**
         * @param a0 the first argument
         * @param a1 the second argument
         * @param a2 the third argument
         * @param a3 the fourth argument
         * @return the return value
         */
        Object call(Object a0, Object a1, Object a2, Object a3);
    }

    private final Signature sig;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final Body body;
    /**
     * The same code as a {@code DirectN} of the function's positional parameter count, or null: a call site that
     * passes exactly that many positional arguments calls it without binding.
     */
    final Object direct;
    /** {@link #direct} when it is a {@link Direct1}, else null: typed so that call sites need no type test. */
    final Direct1 direct1;
    /** {@link #direct} when it is a {@link Direct2}, else null. */
    final Direct2 direct2;
    /** {@link #direct} when it is a {@link Direct3}, else null. */
    final Direct3 direct3;
    /** {@link #direct} when it is a {@link Direct4}, else null. */
    final Direct4 direct4;
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
        this.direct = null;
        this.direct1 = null;
        this.direct2 = null;
        this.direct3 = null;
        this.direct4 = null;
    }

    private PyFunction(Signature sig, Object[] defaults, Object[] kwDefaults, Body body, Object direct, int arity) {
        if (sig.varargs() || sig.varkw() || sig.kwOnly().length > 0 || sig.positional().length != arity) {
            throw new IllegalArgumentException(sig.name() + " does not take exactly " + arity
                    + " positional parameters");
        }
        this.sig = sig;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.body = body;
        this.direct = direct;
        this.direct1 = direct instanceof Direct1 d ? d : null;
        this.direct2 = direct instanceof Direct2 d ? d : null;
        this.direct3 = direct instanceof Direct3 d ? d : null;
        this.direct4 = direct instanceof Direct4 d ? d : null;
    }

    /**
     * A function with no parameters whose code is a Java method.
     *
     * @param sig its parameters: none
     * @param defaults empty
     * @param kwDefaults empty
     * @param code the method
     * @return the function
     * @throws IllegalArgumentException when {@code sig} has parameters
     */
    public static PyFunction direct(Signature sig, Object[] defaults, Object[] kwDefaults, Direct0 code) {
        return new PyFunction(sig, defaults, kwDefaults, a -> code.call(), code, 0);
    }

    /**
     * A function of one positional parameter whose code is a Java method, which call sites call without binding.
     *
     * @param sig its parameters: one positional
     * @param defaults its default, if any
     * @param kwDefaults empty
     * @param code the method
     * @return the function
     * @throws IllegalArgumentException when {@code sig} has other parameters
     */
    public static PyFunction direct(Signature sig, Object[] defaults, Object[] kwDefaults, Direct1 code) {
        return new PyFunction(sig, defaults, kwDefaults, a -> code.call(a[0]), code, 1);
    }

    /**
     * A function of two positional parameters whose code is a Java method, which call sites call without binding.
     *
     * @param sig its parameters: two positional
     * @param defaults the defaults of the last ones
     * @param kwDefaults empty
     * @param code the method
     * @return the function
     * @throws IllegalArgumentException when {@code sig} has other parameters
     */
    public static PyFunction direct(Signature sig, Object[] defaults, Object[] kwDefaults, Direct2 code) {
        return new PyFunction(sig, defaults, kwDefaults, a -> code.call(a[0], a[1]), code, 2);
    }

    /**
     * A function of three positional parameters whose code is a Java method, which call sites call without binding.
     *
     * @param sig its parameters: three positional
     * @param defaults the defaults of the last ones
     * @param kwDefaults empty
     * @param code the method
     * @return the function
     * @throws IllegalArgumentException when {@code sig} has other parameters
     */
    public static PyFunction direct(Signature sig, Object[] defaults, Object[] kwDefaults, Direct3 code) {
        return new PyFunction(sig, defaults, kwDefaults, a -> code.call(a[0], a[1], a[2]), code, 3);
    }

    /**
     * A function of four positional parameters whose code is a Java method, which call sites call without binding.
     *
     * @param sig its parameters: four positional
     * @param defaults the defaults of the last ones
     * @param kwDefaults empty
     * @param code the method
     * @return the function
     * @throws IllegalArgumentException when {@code sig} has other parameters
     */
    public static PyFunction direct(Signature sig, Object[] defaults, Object[] kwDefaults, Direct4 code) {
        return new PyFunction(sig, defaults, kwDefaults, a -> code.call(a[0], a[1], a[2], a[3]), code, 4);
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
        if (kwnames.length == 0) {
            // exactly the positional parameters: the direct code, without an argument array to bind
            switch (args.length) {
                case 0 -> {
                    if (direct1 != null) {
                        return direct1.call(self);
                    }
                }
                case 1 -> {
                    if (direct2 != null) {
                        return direct2.call(self, args[0]);
                    }
                }
                case 2 -> {
                    if (direct3 != null) {
                        return direct3.call(self, args[0], args[1]);
                    }
                }
                case 3 -> {
                    if (direct4 != null) {
                        return direct4.call(self, args[0], args[1], args[2]);
                    }
                }
                default -> {
                }
            }
        }
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

package io.portalis.pylib.dyn;

import io.portalis.pylib.PyObject;
import io.portalis.pylib.TypeError;

/**
 * {@code object.__new__} and {@code BaseException.__new__} as values, for {@code super().__new__(cls)} and
 * {@code object.__new__(cls)}: each allocates an uninitialized instance of the class it is given, checking the
 * arguments as CPython does.
 *
 * @param exception whether this is {@code BaseException.__new__}, which creates exceptions and takes any arguments
 */
record NewSlot(boolean exception) implements PyCallable, PyObject {
    /** {@code object.__new__}. */
    static final NewSlot OBJECT = new NewSlot(false);
    /** {@code BaseException.__new__}. */
    static final NewSlot BASE_EXCEPTION = new NewSlot(true);

    private String owner() {
        return exception ? "BaseException" : "object";
    }

    /**
     * {@code object.__new__(cls, *args, **kw)}.
     *
     * @throws TypeError when {@code cls} is missing or not a class, is a built-in type or, for
     *     {@code object.__new__}, an exception class; or when arguments are passed to {@code object.__new__} that
     *     the class's own {@code __new__} or missing {@code __init__} makes an error
     */
    @Override
    public Object call(Object[] a, String[] k) {
        if (a.length - k.length == 0) {
            throw new TypeError(owner() + ".__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType t)) {
            throw new TypeError(owner() + ".__new__(X): X is not a type object (" + io.portalis.pylib.Py.typeName(a[0])
                    + ")");
        }
        if (exception && !t.isException()) {
            throw new TypeError("BaseException.__new__(" + t.name() + "): " + t.name()
                    + " is not a subtype of BaseException");
        }
        if (t.isBuiltin() || t.isException() != exception) {
            throw new TypeError(owner() + ".__new__(" + t.name() + ") is not safe, use " + t.name() + ".__new__()");
        }
        int npos = a.length - k.length;
        if (exception) {
            Object[] pos = new Object[npos - 1];
            System.arraycopy(a, 1, pos, 0, pos.length);
            return new UserException(t, pos);
        }
        if (a.length > 1) {
            if (t.lookup("__new__") != Rt.MISSING) {
                throw new TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.lookup("__init__") == Rt.MISSING) {
                throw new TypeError(t.name() + "() takes no arguments");
            }
        }
        AbcModule.checkInstantiable(t);
        return new PyInstance(t);
    }

    @Override
    public String pyTypeName() {
        return "builtin_function_or_method";
    }

    @Override
    public String repr() {
        return "<built-in method __new__ of type object>";
    }
}

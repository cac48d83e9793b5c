package io.portalis.pylib.dyn;

import io.portalis.pylib.PyObject;

/**
 * A function of a library module as a value ({@code math.sqrt}, {@code f = random.choice}): a
 * {@code builtin_function_or_method} with its name and module, as CPython's C functions are.
 *
 * @param module the module's name
 * @param name the function's name
 * @param body what a call runs
 */
record LibraryFunction(String module, String name, PyCallable body) implements PyCallable, PyObject {
    @Override
    public Object call(Object[] args, String[] kwnames) {
        return body.call(args, kwnames);
    }

    @Override
    public String pyTypeName() {
        return "builtin_function_or_method";
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }

    /** Its attributes other than {@code __class__}, or {@link Rt#MISSING}. */
    Object attr(String attr) {
        return switch (attr) {
            case "__name__", "__qualname__" -> name;
            case "__module__" -> module;
            case "__doc__" -> null;
            default -> Rt.MISSING;
        };
    }
}

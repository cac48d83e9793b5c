package io.portalis.pylib.dyn;

/**
 * Anything a Python call expression can call: functions, bound methods, classes, built-in functions.
 *
 * <p>Arguments arrive in one array, positional ones first; the last {@code kwnames.length} values are the keyword
 * arguments named by {@code kwnames} (CPython's vectorcall convention), so a call without keywords allocates no
 * map.
 */
@FunctionalInterface
public interface PyCallable {
    /** No keyword arguments. */
    String[] NO_KW = new String[0];

    /**
     * Calls this object.
     *
     * @param args positional arguments followed by keyword argument values
     * @param kwnames the keyword names, parallel to the tail of {@code args}
     * @return the result ({@code null} for {@code None})
     * @throws io.portalis.pylib.TypeError when the arguments do not fit the callee
     */
    Object call(Object[] args, String[] kwnames);
}

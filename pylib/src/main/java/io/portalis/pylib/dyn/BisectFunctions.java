package io.portalis.pylib.dyn;

import io.portalis.pylib.OverflowError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyDict;
import io.portalis.pylib.PyList;
import io.portalis.pylib.TypeError;
import io.portalis.pylib.ValueError;
import java.math.BigInteger;

/**
 * Python's {@code bisect} as a module value, as CPython's {@code _bisect} runs it: {@code bisect_left},
 * {@code bisect_right} (also bound as {@code bisect}), {@code insort_left} and {@code insort_right} ({@code insort}),
 * taking {@code (a, x, lo=0, hi=None, *, key=None)}. Items are read with the sequence's own indexing and compared
 * with {@code <} in CPython's order, so any sequence, user comparisons and the errors behave as there.
 */
final class BisectFunctions {
    private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

    private BisectFunctions() {
    }

    static PyModule module() {
        PyModule m = new PyModule("bisect");
        LibraryFunction right = new LibraryFunction("bisect", "bisect_right",
                (a, k) -> search("bisect_right", a, k, false, false));
        LibraryFunction insortRight = new LibraryFunction("bisect", "insort_right",
                (a, k) -> search("insort_right", a, k, false, true));
        m.put("bisect_right", right);
        m.put("bisect", right);
        m.put("bisect_left", (PyCallable) (a, k) -> search("bisect_left", a, k, true, false));
        m.put("insort_right", insortRight);
        m.put("insort", insortRight);
        m.put("insort_left", (PyCallable) (a, k) -> search("insort_left", a, k, true, true));
        return m;
    }

    /** One call: binds the arguments as Argument Clinic does, then searches and, for insort, inserts. */
    private static Object search(String fn, Object[] args, String[] kwnames, boolean left, boolean insert) {
        Object[] p = bind(fn, args, kwnames);
        Object a = p[0];
        Object x = p[1];
        long lo = p[2] == null ? 0 : loBound(p[2]);
        long hi = p[3] == null ? -1 : hiBound(p[3]);
        Object key = p[4];
        if (lo < 0) {
            throw new ValueError("lo must be non-negative");
        }
        Object target = insert && key != null ? Rt.call(key, x) : x;
        if (hi == -1) {
            if (a instanceof PyDict<?, ?>) {
                throw new TypeError("dict is not a sequence");
            }
            hi = Rt.len(a);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Rt.getItem(a, mid);
            if (key != null) {
                item = Rt.call(key, item);
            }
            if (left ? Py.lt(item, target) : !Py.lt(target, item)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (!insert) {
            return lo;
        }
        if (a instanceof PyList<?> l && l.getClass() == PyList.class) {
            @SuppressWarnings("unchecked")
            PyList<Object> list = (PyList<Object>) l;
            list.insert(lo, x);
        } else {
            Rt.callMethod(a, "insert", lo, x);
        }
        return null;
    }

    /** {@code (a, x, lo=0, hi=None, *, key=None)} with Argument Clinic's messages; absent ones are null. */
    private static Object[] bind(String fn, Object[] args, String[] kwnames) {
        int npos = args.length - kwnames.length;
        if (npos > 4) {
            throw new TypeError(fn + "() takes at most 4 positional arguments (" + npos + " given)");
        }
        Object[] out = new Object[PARAMS.length];
        boolean[] set = new boolean[PARAMS.length];
        for (int i = 0; i < npos; i++) {
            out[i] = args[i];
            set[i] = true;
        }
        for (int k = 0; k < kwnames.length; k++) {
            int idx = java.util.Arrays.asList(PARAMS).indexOf(kwnames[k]);
            if (idx < 0) {
                throw new TypeError("'" + kwnames[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (set[idx]) {
                throw new TypeError("argument for " + fn + "() given by name ('" + kwnames[k] + "') and position ("
                        + (idx + 1) + ")");
            }
            out[idx] = args[npos + k];
            set[idx] = true;
        }
        for (int i = 0; i < 2; i++) {
            if (!set[i]) {
                throw new TypeError(fn + "() missing required argument '" + PARAMS[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (set[2] && out[2] == null) {
            // lo is a plain index: None is refused, as by Py_ssize_t
            throw new TypeError("'NoneType' object cannot be interpreted as an integer");
        }
        return out;
    }

    private static long loBound(Object v) {
        if (v instanceof BigInteger) {
            throw new OverflowError("Python int too large to convert to C ssize_t");
        }
        return Rt.index(v);
    }

    private static long hiBound(Object v) {
        if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) {
            return loBound(v);
        }
        throw new TypeError("argument should be integer or None, not '" + Py.typeName(v) + "'");
    }
}

package io.portalis.pylib.dyn;

import io.portalis.pylib.PyDict;
import io.portalis.pylib.stdlib.Counter;

/**
 * The counting updates of a dict, {@code d[k] = d.get(k, 0) + 1} and {@code d[k] += 1}, in one search when the
 * dict is a plain {@code dict} (or, for {@code +=}, a {@code Counter}), the key a str or an int and the value an
 * int (see {@link PyDict#addToLong}); otherwise Python's operation, step by step, so that a key's own
 * {@code __hash__} and {@code __eq__}, a dict subclass's methods and an object's {@code __add__} run exactly as in
 * CPython.
 */
public final class DictCalls {
    private DictCalls() {
    }

    /**
     * {@code d[k] = d.get(k, dflt) + delta}, for a statement whose key, default and addend are values that nothing
     * in the statement can change (literals and plain locals), evaluated by the caller in that order.
     *
     * @param d the dict
     * @param get the site of the {@code get} call
     * @param k the key
     * @param dflt the default
     * @param delta the int added
     */
    public static void addGetLong(Object d, MethodSite get, Object k, Object dflt, long delta) {
        if (d == null || d.getClass() != PyDict.class || !((PyDict<?, ?>) d).addToLong(k, dflt, delta)) {
            Rt.setItem(d, k, Rt.add(get.call(d, k, dflt), delta));
        }
    }

    /**
     * {@code d[k] = d.get(k, dflt) + delta} with an addend of any type (see {@link #addGetLong}).
     *
     * @param d the dict
     * @param get the site of the {@code get} call
     * @param k the key
     * @param dflt the default
     * @param delta the addend
     */
    public static void addGet(Object d, MethodSite get, Object k, Object dflt, Object delta) {
        if (delta instanceof Long n && d != null && d.getClass() == PyDict.class
                && ((PyDict<?, ?>) d).addToLong(k, dflt, n)) {
            return;
        }
        Rt.setItem(d, k, Rt.add(get.call(d, k, dflt), delta));
    }

    /**
     * {@code o.d[p.k] = o.d.get(p.k, dflt) + delta} in one search, from what the attribute sites peeked (see
     * {@link AttrSite#peek}): only a plain dict found at a plain instance attribute, and a str or int key, qualify,
     * so that the reads, the search and the addition run no Python code and reading each attribute once is exact.
     *
     * @param d the peeked dict, or null when the site could not peek it
     * @param k the key (peeked, or null when the site could not peek it)
     * @param dflt the default
     * @param delta the int added
     * @return whether it was done; when false nothing happened and the caller runs Python's operation
     */
    public static boolean addPeekedLong(Object d, Object k, Object dflt, long delta) {
        return d != null && k != null && d.getClass() == PyDict.class
                && ((PyDict<?, ?>) d).addToLong(k, dflt, delta);
    }

    /**
     * {@link #addPeekedLong} with an addend of any type: only an int qualifies.
     *
     * @param d the peeked dict, or null
     * @param k the key, or null
     * @param dflt the default
     * @param delta the addend
     * @return whether it was done; when false nothing happened
     */
    public static boolean addPeeked(Object d, Object k, Object dflt, Object delta) {
        return delta instanceof Long n && addPeekedLong(d, k, dflt, n);
    }

    /**
     * {@code d[k] += delta} when the dict is a plain dict holding an int at a str or int key, or a
     * {@code Counter} (whose missing key counts 0, as its {@code __missing__} says), and the sum fits.
     *
     * @param d the container
     * @param k the key
     * @param delta the int added
     * @return whether it was done; when false nothing happened and the caller runs Python's operation
     */
    public static boolean addItem(Object d, Object k, long delta) {
        if (d == null) {
            return false;
        }
        if (d.getClass() == Counter.class) {
            return ((Counter<?>) d).addToLong(k, 0L, delta);
        }
        return d.getClass() == PyDict.class && ((PyDict<?, ?>) d).addToLong(k, delta);
    }

    /**
     * {@code c[k]} for an int key held as a {@code long}: a plain dict finds it without boxing it (see
     * {@link PyDict#getItem(long)}); any other container, a dict subclass included, runs Python's operation.
     *
     * @param c the container
     * @param k the key
     * @return the item
     * @throws io.portalis.pylib.KeyError when a dict lacks the key (other errors as {@link Rt#getItem})
     */
    public static Object getItem(Object c, long k) {
        if (c != null && c.getClass() == PyDict.class) {
            return ((PyDict<?, ?>) c).getItem(k);
        }
        return Rt.getItem(c, k);
    }
}

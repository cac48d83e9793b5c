package io.portalis.pylib.dyn;

import io.portalis.pylib.Builtins;
import io.portalis.pylib.PyList;
import io.portalis.pylib.Slice;
import java.math.BigInteger;
import java.util.Iterator;

/**
 * The items of {@code seq[lo:hi]} for a {@code for} loop, read from the list itself rather than from a copy while
 * nothing could change the list.
 *
 * <p>CPython's loop walks a new list, a snapshot of the slice taken before the first iteration. Translated code
 * uses a walk only when the loop body runs no Python code of its own as long as the values it works on are
 * {@linkplain #inert inert}; before each iteration it tests them, and the first time one is not, it
 * {@linkplain #detach detaches} the walk: the items not yet taken are copied, as the snapshot holds them, and the
 * rest of the loop walks that copy. Until then nothing could have changed the list, so the items read in place are
 * the snapshot's. A sequence other than a plain list, or a bound other than an int or None, is sliced at once, as
 * Python slices it (a user {@code __getitem__} or {@code __index__} runs then, before the loop).
 */
public final class SliceWalk {
    /** What {@link #next} returns after the last item ({@code null} is None). */
    public static final Object END = new Object() {
        @Override
        public String toString() {
            return "<end of slice>";
        }
    };

    /** The list walked in place, or null once detached (or when the slice was taken at once). */
    private PyList<?> list;
    private int k;
    private int end;
    /** The copy's items, once there is a copy. */
    private Iterator<?> rest;

    private SliceWalk(PyList<?> list, int k, int end) {
        this.list = list;
        this.k = k;
        this.end = end;
    }

    private SliceWalk(Iterator<?> rest) {
        this.rest = rest;
    }

    /**
     * Starts walking {@code seq[lo:hi]}, the operands evaluated in Python's order before this call.
     *
     * @param seq the sequence
     * @param lo the lower bound, or null when absent or None
     * @param hi the upper bound, or null when absent or None
     * @return the walk
     * @throws io.portalis.pylib.PyException whatever slicing {@code seq} raises (not subscriptable, bad bounds...)
     */
    public static SliceWalk of(Object seq, Object lo, Object hi) {
        if (seq != null && seq.getClass() == PyList.class && (lo == null || lo instanceof Long)
                && (hi == null || hi instanceof Long)) {
            PyList<?> l = (PyList<?>) seq;
            Slice s = Slice.of(l.size(), (Long) lo, (Long) hi, null);
            return new SliceWalk(l, s.start(), s.start() + s.length());
        }
        return new SliceWalk(Rt.iterable(Rt.slice(seq, lo, hi, null)).iterator());
    }

    /**
     * The next item.
     *
     * @return the item, or {@link #END} after the last one
     * @throws io.portalis.pylib.PyException what the iterator of a slice that is not a list raises
     */
    public Object next() {
        PyList<?> l = list;
        if (l != null) {
            return k < end ? l.get(k++) : END;
        }
        return rest.hasNext() ? rest.next() : END;
    }

    /** Copies the items not yet taken, before code that could change the list runs; then walks the copy. */
    public void detach() {
        PyList<?> l = list;
        if (l != null) {
            list = null;
            rest = k < end ? l.slice((long) k, (long) end, null).iterator() : java.util.Collections.emptyIterator();
        }
    }

    /**
     * {@code sum(seq[lo:hi])}, the operands evaluated in Python's order before this call. The ints and floats of a
     * plain list are added where they are, which runs no Python code; from the first item that is anything else (or
     * an int sum past 64 bits) the items left are copied, as the slice holds them, and added on with Python's
     * {@code +} from what was summed so far, as CPython's left-to-right sum goes on.
     *
     * @param seq the sequence
     * @param lo the lower bound, or null when absent or None
     * @param hi the upper bound, or null when absent or None
     * @return the sum
     * @throws io.portalis.pylib.PyException whatever slicing {@code seq} or adding its items raises
     */
    public static Object sum(Object seq, Object lo, Object hi) {
        if (!(seq != null && seq.getClass() == PyList.class && (lo == null || lo instanceof Long)
                && (hi == null || hi instanceof Long))) {
            return Builtins.sum(Rt.iterable(Rt.slice(seq, lo, hi, null)), 0L, Rt::add);
        }
        PyList<?> l = (PyList<?>) seq;
        Slice s = Slice.of(l.size(), (Long) lo, (Long) hi, null);
        int k = s.start();
        int end = k + s.length();
        long acc = 0;
        for (; k < end && l.hasLongAt(k); k++) {
            long x = l.peekLong(k);
            long r = acc + x;
            if (((acc ^ r) & (x ^ r)) < 0) {
                break;
            }
            acc = r;
        }
        if (k == end) {
            return acc;
        }
        if (!l.hasDoubleAt(k)) {
            return Builtins.sum(l.slice((long) k, (long) end, null), acc, Rt::add);
        }
        // a float turns the sum into a float, to which ints are added as floats, as CPython's float loop adds them
        double f = acc;
        for (; k < end; k++) {
            if (l.hasDoubleAt(k)) {
                f += l.peekDouble(k);
            } else if (l.hasLongAt(k) && Math.abs(l.peekLong(k)) < 1L << 53) {
                f += l.peekLong(k);
            } else {
                break;
            }
        }
        return k == end ? (Object) f : Builtins.sum(l.slice((long) k, (long) end, null), f, Rt::add);
    }

    /**
     * Whether Python's operators and comparisons on this value run no Python code: None, bools, ints, floats,
     * strs, and the marker of a speculated local holding its primitive.
     *
     * @param v a value
     * @return whether it is inert
     */
    public static boolean inert(Object v) {
        return v == null || v instanceof Long || v == Peek.UNBOXED || v instanceof Double || v instanceof Boolean
                || v instanceof String || v instanceof BigInteger;
    }
}

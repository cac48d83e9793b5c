package io.portalis.pylib.dyn;

import io.portalis.pylib.PyList;
import io.portalis.pylib.Slice;

/**
 * List operations of translated code that keep a list's unboxed items unboxed where Python's meaning allows it:
 * the truth of an item, and a slice of a list assigned to a slice of the same list without building the source
 * list. Each takes any value and does what Python does when it is not a list.
 */
public final class Lists {
    /**
     * What {@link #sliceLater} returns when building the source slice can wait until {@link #setSliceOfSelf}: the
     * container is a list and the bounds are ints or None with a non-zero step, so slicing then runs no code and
     * raises nothing.
     */
    private static final Object LATER = new Object() {
        @Override
        public String toString() {
            return "<slice later>";
        }
    };

    private Lists() {
    }

    /**
     * The truth of {@code c[i]}, as {@code if c[i]:} tests it: read in place from a list whose items are held as
     * primitives.
     *
     * @param c any value
     * @param i the index, negative from the end
     * @return whether the item is true
     * @throws io.portalis.pylib.IndexError {@code list index out of range}, and whatever {@code c[i]} and the
     *         item's {@code __bool__} raise
     */
    public static boolean truthyItem(Object c, long i) {
        if (c instanceof PyList<?> l) {
            int t = l.truthAt(i);
            return t >= 0 ? t != 0 : Rt.truthy(l.getItem(i));
        }
        return Rt.truthy(Rt.getItem(c, i));
    }

    /**
     * {@code [item] * n}: repeated without building the one-item list when {@code n} is an int.
     *
     * @param item the item
     * @param n the count, any value
     * @return the new list, or whatever {@code *} gives for such a count
     * @throws io.portalis.pylib.TypeError when {@code n} is no integer
     * @throws io.portalis.pylib.MemoryError when the result would be too long
     */
    public static Object repeat(Object item, Object n) {
        return n instanceof Long c ? PyList.repeat(item, c) : Rt.mul(PyList.of(item), n);
    }

    /**
     * {@code n * [item]}: repeated without building the one-item list when {@code n} is an int.
     *
     * @param n the count, any value
     * @param item the item
     * @return the new list, or whatever {@code *} gives for such a count
     * @throws io.portalis.pylib.TypeError when {@code n} is no integer
     * @throws io.portalis.pylib.MemoryError when the result would be too long
     */
    public static Object repeatAfter(Object n, Object item) {
        return n instanceof Long c ? PyList.repeat(item, c) : Rt.mul(n, PyList.of(item));
    }

    /**
     * The first half of {@code x[t] = x[s]} ({@link #setSliceOfSelf} is the second): {@code x[s]}, or a marker
     * saying that it is built later, when nothing can tell the difference.
     *
     * @param x the container
     * @param start the source's start
     * @param stop the source's stop
     * @param step the source's step
     * @return {@code x[start:stop:step]}, or the marker
     * @throws io.portalis.pylib.TypeError for a container or bounds {@code x[s]} rejects
     * @throws io.portalis.pylib.ValueError {@code slice step cannot be zero}
     */
    public static Object sliceLater(Object x, Object start, Object stop, Object step) {
        if (x instanceof PyList<?> && (start == null || start instanceof Long) && (stop == null || stop instanceof Long)
                && (step == null || step instanceof Long s && s != 0)) {
            return LATER;
        }
        return Rt.slice(x, start, stop, step);
    }

    /**
     * {@code x[tStart:tStop:tStep] = source}, where {@code source} is what {@link #sliceLater} returned for the
     * same {@code x} and the source bounds given again here. The translator uses the pair only where nothing
     * evaluated between the two can run Python code or change {@code x}; a source built later is then moved within
     * the list in place when it fills the target exactly.
     *
     * @param x the container
     * @param tStart the target's start
     * @param tStop the target's stop
     * @param tStep the target's step
     * @param source what {@link #sliceLater} returned
     * @param sStart the source's start
     * @param sStop the source's stop
     * @param sStep the source's step
     * @throws io.portalis.pylib.TypeError for bounds that are not ints or None
     * @throws io.portalis.pylib.ValueError {@code slice step cannot be zero}, or an extended slice and a source of
     *         different lengths
     */
    @SuppressWarnings("unchecked")
    public static void setSliceOfSelf(Object x, Object tStart, Object tStop, Object tStep, Object source,
            Object sStart, Object sStop, Object sStep) {
        if (source != LATER) {
            Rt.setItem(x, new PySlice(tStart, tStop, tStep), source);
            return;
        }
        Long a = Slice.bound(tStart);
        Long b = Slice.bound(tStop);
        Long c = Slice.bound(tStep);
        ((PyList<Object>) x).setSliceOfSelf(a, b, c, (Long) sStart, (Long) sStop, (Long) sStep);
    }
}

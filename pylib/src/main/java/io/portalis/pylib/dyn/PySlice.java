package io.portalis.pylib.dyn;

import io.portalis.pylib.Ints;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.Slice;
import io.portalis.pylib.ValueError;

/**
 * A slice object, {@code a[start:stop:step]}'s key: each bound may be {@code None}.
 *
 * @param start the start, or null
 * @param stop the stop, or null
 * @param step the step, or null
 */
public record PySlice(Object start, Object stop, Object step) implements PyObject {
    @Override
    public String pyTypeName() {
        return "slice";
    }

    @Override
    public Object getAttr(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            case "indices" -> (PyCallable) (a, k) -> {
                Args.exact("indices", a, k, 1);
                return indices(a[0]);
            };
            default -> PyObject.super.getAttr(name);
        };
    }

    /**
     * {@code slice.indices(length)}: the bounds and step this slice selects from a sequence of that length.
     *
     * @param length the sequence's length, an int
     * @return the tuple (start, stop, step), the start and stop clamped to the sequence
     * @throws ValueError if the length is negative or the step is zero
     * @throws TypeError if a bound is not an int or None
     */
    public PyTuple indices(Object length) {
        long n = Ints.toLong(length);
        if (n < 0) {
            throw new ValueError("length should not be negative");
        }
        Slice s = Slice.of((int) Math.min(n, Integer.MAX_VALUE), bound(start), bound(stop), bound(step));
        return PyTuple.of((long) s.start(), (long) s.stop(), (long) s.step());
    }

    /**
     * A slice bound as {@link Slice#bound} takes it: an object whose class defines {@code __index__} stands for
     * what that returns, as in CPython; any other value is left for {@link Slice#bound} to accept or reject.
     *
     * @param bound the bound
     * @return the int it stands for, or the bound itself
     * @throws io.portalis.pylib.TypeError when {@code __index__} returns something else than an int
     */
    static Object index(Object bound) {
        return bound instanceof Instance i && i.type().lookup("__index__") != Rt.MISSING ? Rt.asIndex(bound) : bound;
    }

    /**
     * {@link Slice#bound} of a bound, its {@code __index__} called first.
     *
     * @param bound the bound
     * @return the bound as a {@code Long}, or {@code null} for None
     * @throws io.portalis.pylib.TypeError if it is neither an int, None nor an object with {@code __index__}
     */
    static Long bound(Object bound) {
        return Slice.bound(index(bound));
    }

    @Override
    public String repr() {
        return "slice(" + Py.repr(start) + ", " + Py.repr(stop) + ", " + Py.repr(step) + ")";
    }
}

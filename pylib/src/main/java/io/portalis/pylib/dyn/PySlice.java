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
        Slice s = Slice.of((int) Math.min(n, Integer.MAX_VALUE), Slice.bound(start), Slice.bound(stop),
                Slice.bound(step));
        return PyTuple.of((long) s.start(), (long) s.stop(), (long) s.step());
    }

    @Override
    public String repr() {
        return "slice(" + Py.repr(start) + ", " + Py.repr(stop) + ", " + Py.repr(step) + ")";
    }
}

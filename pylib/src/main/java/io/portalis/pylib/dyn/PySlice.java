package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;

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
            default -> PyObject.super.getAttr(name);
        };
    }

    @Override
    public String repr() {
        return "slice(" + Py.repr(start) + ", " + Py.repr(stop) + ", " + Py.repr(step) + ")";
    }
}

package io.portalis.pylib.dyn;

import io.portalis.pylib.PyBaseException;
import io.portalis.pylib.PyObject;

/**
 * The traceback of a raised exception as a Python value ({@code e.__traceback__}, the third argument of
 * {@code __exit__}): programs test it against None or print it; its frames are not exposed.
 *
 * @param exception the exception it belongs to
 */
record TracebackValue(PyBaseException exception) implements PyObject {
    @Override
    public String pyTypeName() {
        return "traceback";
    }

    @Override
    public String repr() {
        return "<traceback object at 0x" + String.format("%012x", System.identityHashCode(exception)) + ">";
    }
}

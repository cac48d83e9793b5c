package io.portalis.pylib;

/**
 * A container with Python's {@code len()}: {@link Py#len} and {@link Py#truthy} use it, so containers defined
 * outside the core ({@code collections.deque}, translated classes with {@code __len__}) size and test as in
 * Python.
 */
public interface PySized {
    /**
     * Python's {@code len(self)}.
     *
     * @return the number of items
     */
    int len();
}

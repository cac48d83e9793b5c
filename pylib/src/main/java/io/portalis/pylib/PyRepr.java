package io.portalis.pylib;

/**
 * A value that knows its Python {@code repr} and {@code str}: pylib's containers and the classes of translated
 * programs (which implement it through {@link PyObject}). {@link Py#repr} and {@link Py#str} call these methods.
 */
public interface PyRepr {
    /**
     * Python's {@code repr(self)}.
     *
     * @return the representation
     */
    String repr();

    /**
     * Python's {@code str(self)}; by default the {@code repr}, as {@code object.__str__} does.
     *
     * @return the text
     */
    default String str() {
        return repr();
    }
}

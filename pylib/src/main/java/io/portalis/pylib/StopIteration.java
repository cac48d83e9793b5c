package io.portalis.pylib;

/**
 * Python's {@code StopIteration}: the end of an iterator, carrying a generator's return value as {@link #value()}.
 * It captures no Java stack trace, because iteration ends often and the capture would dominate its cost.
 */
public class StopIteration extends PyException {
    /**
     * Creates the exception with Python's {@code args}; the first is the value.
     *
     * @param args the positional arguments
     */
    public StopIteration(Object... args) {
        super(false, args);
    }

    /**
     * Python's {@code StopIteration.value}.
     *
     * @return the first argument or {@code null} (None)
     */
    public Object value() {
        return args().size() == 0 ? null : args().get(0);
    }
}

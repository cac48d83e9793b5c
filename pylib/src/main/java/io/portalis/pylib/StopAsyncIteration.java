package io.portalis.pylib;

/**
 * Python's {@code StopAsyncIteration}: the end of an asynchronous iterator.
 */
public class StopAsyncIteration extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public StopAsyncIteration(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code AttributeError}: an attribute reference or assignment that fails.
 */
public class AttributeError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public AttributeError(Object... args) {
        super(args);
    }
}

package io.portalis.pylib;

/**
 * Python's {@code KeyError}: a missing mapping key. As in CPython, {@code str(e)} of a one-argument KeyError is the {@code repr} of the key, so an uncaught {@code KeyError('x')} prints {@code KeyError: 'x'}.
 */
public class KeyError extends LookupError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public KeyError(Object... args) {
        super(args);
    }

    @Override
    public String str() {
        return args().size() == 1 ? Py.repr(args().get(0)) : super.str();
    }
}

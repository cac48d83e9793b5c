package io.portalis.pylib;

/**
 * Python's {@code OSError}: a system error such as a missing file.
 */
public class OSError extends PyException {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public OSError(Object... args) {
        super(args);
    }

    /**
     * {@code str(e)}: with an errno and a message, CPython's {@code [Errno 2] No such file or directory}, followed by
     * {@code : 'name'} when a file name is given; otherwise as for any exception.
     */
    @Override
    public String str() {
        PyTuple a = args();
        if ((a.size() == 2 || a.size() == 3) && Ints.isInt(a.get(0))) {
            String s = "[Errno " + Py.str(a.get(0)) + "] " + Py.str(a.get(1));
            return a.size() == 3 ? s + ": " + Py.repr(a.get(2)) : s;
        }
        return super.str();
    }
}

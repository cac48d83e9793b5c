package io.portalis.pylib;

/**
 * The attributes {@code errno}, {@code strerror}, {@code filename} and {@code filename2} of an {@code OSError}, of
 * a built-in subclass or of a class of the program derived from one, as CPython's OSError constructor reads them:
 * called with two to five arguments, they are {@code (errno, strerror, filename, winerror, filename2)} (winerror is
 * ignored, as on POSIX), and a file name other than None leaves only errno and strerror in {@code args}. The
 * attributes are writable, and {@code str(e)} reads them as they are now.
 */
public final class OSErrorAttributes {
    /** An attribute the constructor was not given, which reads as None but is left out of {@code str(e)}. */
    private static final Object UNSET = new Object();

    private Object errno = UNSET;
    private Object strerror = UNSET;
    private Object filename = UNSET;
    private Object filename2 = UNSET;
    private final Object[] args;

    /**
     * Reads the constructor's positional arguments.
     *
     * @param args the arguments
     */
    public OSErrorAttributes(Object[] args) {
        boolean described = described(args);
        if (described) {
            errno = args[0];
            strerror = args[1];
        }
        if (described && args.length > 2 && args[2] != null) {
            filename = args[2];
            if (args.length > 4 && args[4] != null) {
                filename2 = args[4];
            }
            this.args = new Object[] {args[0], args[1]};
        } else {
            this.args = args;
        }
    }

    /**
     * Whether the constructor reads its arguments as (errno, strerror, ...): when there are two to five of them.
     *
     * @param args the constructor's positional arguments
     * @return whether they describe an error
     */
    public static boolean described(Object[] args) {
        return args.length >= 2 && args.length <= 5;
    }

    /** @return the arguments the exception keeps as {@code args} */
    public Object[] args() {
        return args;
    }

    /**
     * Whether a name is one of these attributes.
     *
     * @param name the attribute name
     * @return whether it is {@code errno}, {@code strerror}, {@code filename} or {@code filename2}
     */
    public static boolean isAttribute(String name) {
        return switch (name) {
            case "errno", "strerror", "filename", "filename2" -> true;
            default -> false;
        };
    }

    /**
     * Reads an attribute.
     *
     * @param name one of the names {@link #isAttribute} accepts
     * @return its value, None when it was never given
     * @throws IllegalArgumentException for any other name
     */
    public Object get(String name) {
        Object v = switch (name) {
            case "errno" -> errno;
            case "strerror" -> strerror;
            case "filename" -> filename;
            case "filename2" -> filename2;
            default -> throw new IllegalArgumentException(name);
        };
        return v == UNSET ? null : v;
    }

    /**
     * {@code e.name = value}.
     *
     * @param name one of the names {@link #isAttribute} accepts
     * @param value the new value; None is a value here, which {@code str(e)} shows
     * @throws IllegalArgumentException for any other name
     */
    public void set(String name, Object value) {
        switch (name) {
            case "errno" -> errno = value;
            case "strerror" -> strerror = value;
            case "filename" -> filename = value;
            case "filename2" -> filename2 = value;
            default -> throw new IllegalArgumentException(name);
        }
    }

    /**
     * {@code str(e)} as OSError formats it: {@code [Errno 2] No such file or directory}, followed by
     * {@code : 'name'} when a file name is set (and {@code -> 'other'} for a second one).
     *
     * @return the text, or {@code null} when neither a file name nor both errno and strerror are set, for which
     *     the exception prints as any other
     */
    public String str() {
        String head = "[Errno " + Py.str(get("errno")) + "] " + Py.str(get("strerror"));
        if (filename != UNSET) {
            head += ": " + Py.repr(filename);
            return filename2 == UNSET ? head : head + " -> " + Py.repr(filename2);
        }
        return errno != UNSET && strerror != UNSET ? head : null;
    }
}

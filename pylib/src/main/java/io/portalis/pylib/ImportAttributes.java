package io.portalis.pylib;

/**
 * The attributes {@code msg}, {@code name} and {@code path} of an {@code ImportError}, of {@code
 * ModuleNotFoundError} or of a class of the program derived from one. {@code ImportError.__init__} sets them: msg to
 * its one positional argument (None when it has another number of them), name and path to its keyword arguments of
 * those names (None by default). They are writable, and {@code str(e)} prints msg when it is a str.
 */
public final class ImportAttributes {
    private Object msg;
    private Object name;
    private Object path;

    /**
     * Whether a name is one of these attributes.
     *
     * @param attr the attribute name
     * @return true for {@code msg}, {@code name} and {@code path}
     */
    public static boolean isAttribute(String attr) {
        return attr.equals("msg") || attr.equals("name") || attr.equals("path");
    }

    /**
     * {@code ImportError.__init__(self, *args, name=None, path=None)}.
     *
     * @param args the call's arguments, the keyword arguments' values last
     * @param kwnames the names of the keyword arguments, in the order of their values in {@code args}
     * @throws TypeError {@code 'k' is an invalid keyword argument for ImportError()} for another keyword
     */
    public void init(Object[] args, String[] kwnames) {
        int npos = args.length - kwnames.length;
        Object n = null;
        Object p = null;
        for (int i = 0; i < kwnames.length; i++) {
            switch (kwnames[i]) {
                case "name" -> n = args[npos + i];
                case "path" -> p = args[npos + i];
                default -> throw new TypeError("'" + kwnames[i] + "' is an invalid keyword argument for ImportError()");
            }
        }
        msg = npos == 1 ? args[0] : null;
        name = n;
        path = p;
    }

    /**
     * {@code e.msg}, {@code e.name} or {@code e.path}.
     *
     * @param attr one of the names {@link #isAttribute} accepts
     * @return its value
     */
    public Object get(String attr) {
        return switch (attr) {
            case "msg" -> msg;
            case "name" -> name;
            default -> path;
        };
    }

    /**
     * {@code e.msg = value}, and the same for {@code name} and {@code path}.
     *
     * @param attr one of the names {@link #isAttribute} accepts
     * @param value the new value
     */
    public void set(String attr, Object value) {
        switch (attr) {
            case "msg" -> msg = value;
            case "name" -> name = value;
            default -> path = value;
        }
    }

    /**
     * {@code ImportError.__str__}'s message, when msg is a str.
     *
     * @return msg, or {@code null} when it is not a str
     */
    public String str() {
        return msg instanceof String s ? s : null;
    }
}

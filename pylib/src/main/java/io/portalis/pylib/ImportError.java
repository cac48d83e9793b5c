package io.portalis.pylib;

/**
 * Python's {@code ImportError}: a module or name that cannot be imported. Besides {@code args} it has the
 * attributes {@code msg} (the one positional argument, or None), {@code name} and {@code path} (the keyword
 * arguments of that name, None by default); {@code str()} prints {@code msg} when it is a str.
 */
public class ImportError extends PyException {
    private Object msg;
    private Object name;
    private Object path;

    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ImportError(Object... args) {
        super(args);
        this.msg = args.length == 1 ? args[0] : null;
    }

    /**
     * Whether a name is one of the attributes {@link #attribute} reads.
     *
     * @param attr the attribute name
     * @return true for {@code msg}, {@code name} and {@code path}
     */
    public static boolean isAttribute(String attr) {
        return attr.equals("msg") || attr.equals("name") || attr.equals("path");
    }

    /**
     * {@code e.msg}, {@code e.name} or {@code e.path}.
     *
     * @param attr one of the names {@link #isAttribute} accepts
     * @return its value
     */
    public Object attribute(String attr) {
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
     * @return this exception
     */
    public ImportError setAttribute(String attr, Object value) {
        switch (attr) {
            case "msg" -> msg = value;
            case "name" -> name = value;
            default -> path = value;
        }
        return this;
    }

    @Override
    public String str() {
        return msg instanceof String s ? s : super.str();
    }
}
